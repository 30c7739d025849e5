# uncaught IndexError from a list
scores = [90, 85, 77]
for i in range(len(scores)):
    print(i, scores[i])
print(scores[-1], scores[-3])
print(scores[len(scores)])
