# uncaught TypeError: unexpected keyword argument in a method call
class Printer:
    def show(self, text, *, upper=False):
        return text.upper() if upper else text
p = Printer()
print(p.show("a"))
print(p.show("b", upper=True))
print(p.show("c", lower=True))
