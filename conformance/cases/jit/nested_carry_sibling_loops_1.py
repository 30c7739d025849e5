# expect: jit
# two inner loops one after the other inside an outer loop
def digits_and_bits(n):
    digit_total = 0
    bit_total = 0
    for i in range(n):
        v = i
        while v > 0:
            digit_total += v % 10
            v //= 10
        v = i
        while v:
            bit_total += v & 1
            v >>= 1
    return digit_total, bit_total, v

print(digits_and_bits(20000))
