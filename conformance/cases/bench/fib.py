"""Recursive Fibonacci: calls, int arithmetic and comparisons."""

SIZE = 18  # bench size


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(SIZE):
        total += fib(i)
    print("fib checksum:", total)


if __name__ == "__main__":
    main()
