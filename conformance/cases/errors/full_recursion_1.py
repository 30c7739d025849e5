# expect: full-stderr
# RecursionError: repeated frames are collapsed into "[Previous line repeated N more times]"
def walk(node):
    return walk(node + 1)
print("walking")
walk(0)
