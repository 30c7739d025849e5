# __format__ is called with the spec
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        return "<" + spec + ">"
    def __str__(self):
        return "Money-str"
m = Money(1234)
print(f"{m}")
print(f"{m:short}")
print(f"{m:>10}")
print(f"{m!s}")
print(f"{m!s:>12}")
print(format(m), format(m, "x"))
print("{} {:abc}".format(m, m))
class Temp:
    def __format__(self, spec):
        return "T(" + spec + ")"
print(f"{Temp():{1}{2}}", f"{Temp():}")
print(format(7, ""), format("s"), format(2.5), format(True), format(None))
