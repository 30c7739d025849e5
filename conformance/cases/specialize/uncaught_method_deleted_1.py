# uncaught AttributeError after a cached method is deleted from the class (last line compared)
class Svc:
    def run(self, x):
        return x + 1

s = Svc()
t = 0
for i in range(90):
    if i == 55:
        print("t =", t)
        del Svc.run
    t += s.run(i)
