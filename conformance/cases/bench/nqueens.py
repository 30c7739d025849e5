"""N-queens: hand-written permutation generator, set comprehensions, generator expressions."""

SIZE = 6  # bench size


def permutations(items):
    """All orderings of items, in lexicographic order of positions (recursive generator)."""
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def n_queens(n):
    """Yields every solution as a tuple: column of the queen in each row."""
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols}):
            yield vec


def solve_backtracking(n):
    """Counts solutions by backtracking over sets of attacked columns and diagonals."""
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()
    stack = [0]
    placed = []
    while stack:
        row = len(placed)
        col = stack.pop()
        if row == n:
            count += 1
            c = placed.pop()
            cols.remove(c)
            diag1.remove(row - 1 + c)
            diag2.remove(row - 1 - c)
            continue
        if col >= n:
            if placed:
                c = placed.pop()
                cols.remove(c)
                diag1.remove(row - 1 + c)
                diag2.remove(row - 1 - c)
            continue
        stack.append(col + 1)
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        placed.append(col)
        stack.append(0)
    return count


def main():
    solutions = list(n_queens(SIZE))
    print("solutions:", len(solutions))
    if solutions:
        print("first:", solutions[0])
        print("last:", solutions[-1])
    checksum = 0
    for sol in solutions:
        for row, col in enumerate(sol):
            checksum = (checksum * 31 + col * (row + 1)) % 1000000007
    print("backtracking:", [solve_backtracking(k) for k in range(1, SIZE + 2)])
    print("nqueens checksum:", checksum)


if __name__ == "__main__":
    main()
