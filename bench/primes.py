"""Prime counting by trial division: int `%`, `*`, comparisons in nested while loops, a bool flag."""

SIZE = 200000  # bench size


def count_primes(limit):
    count = 0
    last = 0
    n = 2
    while n < limit:
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if is_prime:
            count += 1
            last = n
        n += 1
    return count, last


def twin_primes(limit):
    twins = 0
    previous = 2
    for n in range(3, limit, 2):
        d = 3
        prime = True
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 2
        if prime:
            if n - previous == 2:
                twins += 1
            previous = n
    return twins


def main():
    count, last = count_primes(SIZE)
    twins = twin_primes(SIZE)
    print("primes below", SIZE, ":", count, "largest", last)
    print("twin pairs:", twins)
    print("checksum:", (count * 1000003 + last * 31 + twins) % 1000000007)


main()
