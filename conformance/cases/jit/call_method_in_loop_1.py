# bound method calls in a hot loop, with the method replaced on the class mid-loop
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, x):
        self.total += x
        return self.total

def run(n):
    a = Acc()
    for i in range(n):
        if i == 6000:
            Acc.add = lambda self, x: self.total
        a.add(i)
    return a.total

print(run(12000))
