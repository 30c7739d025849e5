"""Collatz sequences: int arithmetic (//, %, *, +, &, >>) in while loops, comparisons, calls."""

SIZE = 80000  # bench size


def steps(n):
    count = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        count += 1
    return count


def steps_bitwise(n):
    count = 0
    while n > 1:
        if n & 1:
            n = (3 * n + 1) >> 1
            count += 2
        else:
            n >>= 1
            count += 1
    return count


def peak(n):
    highest = n
    while n != 1:
        n = 3 * n + 1 if n % 2 else n // 2
        if n > highest:
            highest = n
    return highest


def main():
    best_n = 1
    best_steps = 0
    total = 0
    mismatches = 0
    n = 1
    while n < SIZE:
        s = steps(n)
        if s != steps_bitwise(n):
            mismatches += 1
        total += s
        if s > best_steps:
            best_steps = s
            best_n = n
        n += 1
    highest = 0
    highest_n = 0
    for k in range(1, SIZE, 7):
        p = peak(k)
        if p > highest:
            highest = p
            highest_n = k
    print("longest chain below %d: %d (%d steps)" % (SIZE, best_n, best_steps))
    print("total steps:", total)
    print("highest peak: %d reached from %d" % (highest, highest_n))
    print("mismatches:", mismatches)
    print("collatz checksum:", (total * 1000003 + best_n * 7919 + highest) % 4294967296)


if __name__ == "__main__":
    main()
