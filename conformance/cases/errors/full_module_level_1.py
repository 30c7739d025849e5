# expect: full-stderr
# a ZeroDivisionError at module level: one frame, with carets under the operator
numerator = 10
denominator = 0
print("dividing", numerator, "by", denominator)
ratio = numerator / denominator
print(ratio)
