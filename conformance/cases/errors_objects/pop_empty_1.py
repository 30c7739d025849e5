stack = [1, 2]
stack.append(3)
print(stack.pop())
print(stack.pop(0))
print(stack.pop(), stack)
print(stack.pop())
