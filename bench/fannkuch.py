"""Fannkuch-redux: pancake flips over permutations; list indexing, swaps, int loops."""

SIZE = 9  # bench size


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            # Reverse the first k + 1 elements.
            i = 0
            j = k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        perm_index += 1
        # Next permutation in the counting order of the original benchmark.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    total = 0
    for n in range(3, SIZE + 1):
        checksum, max_flips = fannkuch(n)
        print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))
        total = total * 1009 + checksum * 31 + max_flips
    print("fannkuch checksum:", total)


if __name__ == "__main__":
    main()
