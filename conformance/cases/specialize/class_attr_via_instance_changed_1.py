# class attribute read through instances, class attribute changed mid-loop
class Config:
    scale = 2
    name = "c"

objs = [Config() for _ in range(3)]
total = 0
for i in range(200):
    o = objs[i % 3]
    if i == 70:
        Config.scale = 3
    if i == 130:
        Config.scale = 0.5
    if i == 170:
        objs[1].scale = 100
    total += o.scale * i
    if i % 25 == 0 or i in (69, 70, 129, 130, 170, 171):
        print(i, o.scale, total)
print(total, Config.name)
