# __class__ of an instance is reassigned mid-loop
class Dog:
    def speak(self):
        return "woof"
    legs = 4

class Bird:
    def speak(self):
        return "tweet"
    legs = 2

p = Dog()
p.name = "pet"
log = []
for i in range(180):
    if i == 60:
        p.__class__ = Bird
    if i == 120:
        p.__class__ = Dog
    log.append((p.speak(), p.legs))
    if i % 20 == 0 or i in (59, 60, 119, 120):
        print(i, p.speak(), p.legs, p.name, type(p).__name__)
print(log.count(("woof", 4)), log.count(("tweet", 2)))
