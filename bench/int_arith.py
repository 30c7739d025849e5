"""Integer arithmetic in tight loops: a linear congruential generator, xorshift with masks, gcd by
remainders, digit sums with `//` and `%`, bit counting with `&` and `>>`."""

SIZE = 1000000  # bench size


def lcg_sum(n, seed):
    x = seed
    total = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x >> 16
    return total, x


def xorshift(n, seed):
    x = seed
    acc = 0
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        acc = (acc + x) & 0xFFFFFFFF
    return acc


def gcd_total(n):
    total = 0
    for i in range(1, n):
        a = i * 7919
        b = i + 104729
        while b:
            a, b = b, a % b
        total += a
    return total


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
    return digit_total, bit_total


def main():
    total, last = lcg_sum(SIZE, 42)
    print("lcg:", total, last)
    print("xorshift:", xorshift(SIZE, 2463534242))
    print("gcd:", gcd_total(SIZE // 4))
    digits, bits = digits_and_bits(SIZE // 4)
    print("digits:", digits, "bits:", bits)
    print("checksum:", (total + last + digits * 7 + bits * 13) % 1000000007)


main()
