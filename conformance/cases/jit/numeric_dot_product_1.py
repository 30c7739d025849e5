# expect: jit
# a dot product of two generated float sequences, and its norm
import math

def run(n):
    dot = 0.0
    na = 0.0
    nb = 0.0
    for i in range(n):
        a = (i % 17) * 0.5 - 3.0
        b = (i % 13) * 0.25 - 1.0
        dot += a * b
        na += a * a
        nb += b * b
    return dot, dot / (math.sqrt(na) * math.sqrt(nb))

print(run(20000))
