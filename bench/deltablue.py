"""DeltaBlue: the incremental one-way constraint solver; classes, inheritance, method calls, lists."""

SIZE = 300  # bench size

CHAIN_LENGTH = 100


class Strength:
    def __init__(self, strength, name):
        self.strength = strength
        self.name = name

    def __repr__(self):
        return "Strength(%s)" % self.name

    @staticmethod
    def stronger(s1, s2):
        return s1.strength < s2.strength

    @staticmethod
    def weaker(s1, s2):
        return s1.strength > s2.strength

    @staticmethod
    def weakest_of(s1, s2):
        if s1.strength > s2.strength:
            return s1
        return s2

    @staticmethod
    def strongest(s1, s2):
        if s1.strength < s2.strength:
            return s1
        return s2

    def next_weaker(self):
        return STRENGTHS[self.strength + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]

# Directions of a binary constraint.
NONE = 0
FORWARD = 1
BACKWARD = 2

# The planner of the test being run.
planner = None


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self):
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                print("Could not satisfy a required constraint!")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            print("Cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, v, strength):
        Constraint.__init__(self, strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and Strength.stronger(self.strength, out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self.my_output is not None:
            self.my_output.remove_constraint(self)
            self.satisfied = False


class StayConstraint(UnaryConstraint):
    """Keeps a variable where it is."""

    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    """Marks a variable as changed from outside the solver."""

    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength):
        Constraint.__init__(self, strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add_constraint()

    def choose_method(self, mark):
        v1 = self.v1
        v2 = self.v2
        if v1.mark == mark:
            if v2.mark != mark and Strength.stronger(self.strength, v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
            return
        if v2.mark == mark:
            if v1.mark != mark and Strength.stronger(self.strength, v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
            return
        if Strength.weaker(v1.walk_strength, v2.walk_strength):
            if Strength.stronger(self.strength, v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        else:
            if Strength.stronger(self.strength, v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        if self.direction == FORWARD:
            return self.v1
        return self.v2

    def output(self):
        if self.direction == FORWARD:
            return self.v2
        return self.v1

    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    """dest = src * scale + offset, solvable in both directions."""

    def __init__(self, src, scale, offset, dest, strength):
        self.direction = NONE
        self.scale = scale
        self.offset = offset
        BinaryConstraint.__init__(self, src, dest, strength)

    def add_to_graph(self):
        BinaryConstraint.add_to_graph(self)
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        BinaryConstraint.remove_from_graph(self)
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        BinaryConstraint.mark_inputs(self, mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        ihn = self.input()
        out = self.output()
        out.walk_strength = Strength.weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    """v1 == v2."""

    def execute(self):
        self.output().value = self.input().value


class Variable:
    def __init__(self, name, initial_value=0):
        self.name = name
        self.value = initial_value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return "<Variable %s = %r>" % (self.name, self.value)

    def add_constraint(self, c):
        self.constraints.append(c)

    def remove_constraint(self, c):
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Planner:
    def __init__(self):
        self.current_mark = 0

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add_constraint(c)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        sources = [c for c in constraints if c.is_input() and c.is_satisfied()]
        return self.make_plan(sources)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


class Plan:
    def __init__(self):
        self.v = []

    def add_constraint(self, c):
        self.v.append(c)

    def __len__(self):
        return len(self.v)

    def execute(self):
        for c in self.v:
            c.execute()


def chain_test(n):
    """A chain of n equality constraints, edited at one end, read at the other."""
    global planner
    planner = Planner()
    prev = first = last = None
    for i in range(n + 1):
        v = Variable("v%d" % i)
        if prev is not None:
            EqualityConstraint(prev, v, REQUIRED)
        if i == 0:
            first = v
        if i == n:
            last = v
        prev = v
    StayConstraint(last, STRONG_DEFAULT)
    edit = EditConstraint(first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            print("Chain test failed:", last)
        total += last.value
    return total + len(plan) + planner.current_mark


def change(v, new_value):
    edit = EditConstraint(v, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()
    return len(plan)


def projection_test(n):
    """n variables scaled into n others; edits flow forward and backward."""
    global planner
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    src = dst = None
    dests = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        dests.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    total = change(src, 17)
    if dst.value != 1170:
        print("Projection 1 failed:", dst)
    total += change(dst, 1050)
    if src.value != 5:
        print("Projection 2 failed:", src)
    total += change(scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            print("Projection 3 failed:", dests[i])
    total += change(offset, 2000)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            print("Projection 4 failed:", dests[i])
    for d in dests:
        total += d.value
    return total + planner.current_mark


def main():
    chain_sum = 0
    projection_sum = 0
    for _ in range(SIZE):
        chain_sum += chain_test(CHAIN_LENGTH)
        projection_sum += projection_test(CHAIN_LENGTH)
    print("chain:", chain_sum)
    print("projection:", projection_sum)
    print("deltablue checksum:", chain_sum * 7 + projection_sum)


if __name__ == "__main__":
    main()
