# for loops use __iter__/__next__, or the old __getitem__ protocol
class Range3:
    def __iter__(self):
        print("__iter__")
        self.i = 0
        return self
    def __next__(self):
        if self.i >= 3:
            print("StopIteration")
            raise StopIteration
        self.i += 1
        return self.i
for v in Range3():
    print("got", v)
class Seq:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError(index)
        return index * index
for v in Seq():
    print("seq", v)
print(list(Seq()), 9 in Seq(), 5 in Seq())
it = iter([1, 2, 3])
for v in it:
    print("first loop", v)
    if v == 1:
        break
for v in it:
    print("second loop resumes", v)
try:
    for v in 42:
        pass
except TypeError as e:
    print("TypeError:", e)
