"""Sieve of Eratosthenes: a list of bools, nested while/for loops, list stores, int arithmetic."""

SIZE = 20000  # bench size

ROUNDS = 3


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = False
                j += i
        i += 1
    return is_prime


def summarize(is_prime):
    count = 0
    total = 0
    largest = 0
    twins = 0
    prev = -10
    for n in range(len(is_prime)):
        if is_prime[n]:
            count += 1
            total += n
            largest = n
            if n - prev == 2:
                twins += 1
            prev = n
    return count, total, largest, twins


def main():
    checksum = 0
    for r in range(ROUNDS):
        limit = SIZE - r * (SIZE // 10)
        count, total, largest, twins = sieve_stats(limit)
        print("primes up to %d: %d (sum %d, largest %d, twin pairs %d)" % (limit, count, total, largest, twins))
        checksum = (checksum * 1000003 + count * 7 + total + largest * 3 + twins) % 2305843009213693951
    print("sieve checksum:", checksum)


def sieve_stats(limit):
    return summarize(sieve(limit))


if __name__ == "__main__":
    main()
