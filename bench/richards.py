"""Richards: the classic OS task-scheduler simulation; classes, attributes, method calls."""

# Idle-task ticks in total; the classic run is 10000 ticks.
SIZE = 200000  # bench size
CLASSIC_TICKS = 10000

# Task identifiers.
I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

# Packet kinds.
K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


# Per-task private records.

class TaskRec:
    pass


class DeviceTaskRec(TaskRec):
    def __init__(self):
        self.pending = None


class IdleTaskRec(TaskRec):
    def __init__(self, count):
        self.control = 1
        self.count = count


class HandlerTaskRec(TaskRec):
    def __init__(self):
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p):
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p):
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec(TaskRec):
    def __init__(self):
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_packet_pending(self):
        return self.packet_pending

    def is_task_waiting(self):
        return self.task_waiting

    def is_task_holding(self):
        return self.task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    """Shared state of one run: the task table and the two counters."""

    def __init__(self):
        self.task_table = [None] * 10
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0

    def find_tcb(self, ident):
        t = self.task_table[ident]
        if t is None:
            raise Exception("bad task id %d" % ident)
        return t

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_task_holding_or_waiting():
                t = t.link
            else:
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state, handle):
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.is_packet_pending()
        self.task_waiting = state.is_task_waiting()
        self.task_holding = state.is_task_holding()
        self.handle = handle
        sched.task_list = self
        sched.task_table[ident] = self

    def fn(self, pkt, rec):
        raise NotImplementedError

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg, self.handle)

    def wait_task(self):
        self.task_waiting = True
        return self

    def hold(self):
        self.sched.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident):
        t = self.sched.find_tcb(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt):
        t = self.sched.find_tcb(pkt.ident)
        self.sched.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)


class DeviceTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            pkt = rec.pending
            if pkt is None:
                return self.wait_task()
            rec.pending = None
            return self.qpkt(pkt)
        rec.pending = pkt
        return self.hold()


class HandlerTask(Task):
    def fn(self, pkt, rec):
        if pkt is not None:
            if pkt.kind == K_WORK:
                rec.work_in_add(pkt)
            else:
                rec.device_in_add(pkt)
        work = rec.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            rec.work_in = work.link
            return self.qpkt(work)
        dev = rec.device_in
        if dev is None:
            return self.wait_task()
        rec.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    def fn(self, pkt, rec):
        rec.count -= 1
        if rec.count == 0:
            return self.hold()
        if rec.control & 1 == 0:
            rec.control //= 2
            return self.release(I_DEVA)
        rec.control = rec.control // 2 ^ 0xD008
        return self.release(I_DEVB)


class WorkTask(Task):
    def fn(self, pkt, rec):
        if pkt is None:
            return self.wait_task()
        if rec.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        rec.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in BUFSIZE_RANGE:
            rec.count += 1
            if rec.count > 26:
                rec.count = 1
            pkt.data[i] = ord("A") + rec.count - 1
        return self.qpkt(pkt)


def run_once(ticks):
    s = Scheduler()
    IdleTask(s, I_IDLE, 1, None, TaskState().running(), IdleTaskRec(ticks))

    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(s, I_WORK, 1000, wkq, TaskState().waiting_with_packet(), WorkerTaskRec())

    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(s, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(), HandlerTaskRec())

    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(s, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(), HandlerTaskRec())

    DeviceTask(s, I_DEVA, 4000, None, TaskState().waiting(), DeviceTaskRec())
    DeviceTask(s, I_DEVB, 5000, None, TaskState().waiting(), DeviceTaskRec())

    s.schedule()
    return s.hold_count, s.qpkt_count


def main():
    total_hold = 0
    total_qpkt = 0
    ok = True
    runs, rest = divmod(SIZE, CLASSIC_TICKS)
    for _ in range(runs):
        hold, qpkt = run_once(CLASSIC_TICKS)
        if hold != 9297 or qpkt != 23246:
            ok = False
        total_hold += hold
        total_qpkt += qpkt
    if rest:
        hold, qpkt = run_once(rest)
        total_hold += hold
        total_qpkt += qpkt
    print("hold count:", total_hold)
    print("qpkt count:", total_qpkt)
    print("results", "ok" if ok else "WRONG")
    print("richards checksum:", total_hold * 31 + total_qpkt)


if __name__ == "__main__":
    main()
