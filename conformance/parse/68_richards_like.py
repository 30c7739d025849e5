# Object-oriented scheduling code in the style of the richards benchmark.
I_IDLE = 1
I_WORK = 2
K_DEV = 1000
K_WORK = 1001
BUFSIZE = 4
BUFSIZE_RANGE = range(BUFSIZE)
class Packet(object):
    def __init__(self, l, i, k):
        self.link = l
        self.ident = i
        self.kind = k
        self.datum = 0
        self.data = [0] * BUFSIZE
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        else:
            p = lst
            next = p.link
            while next is not None:
                p = next
                next = p.link
            p.link = self
            return lst
class TaskState(object):
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
    def packetPending(self):
        self.packet_pending = True
        self.task_waiting = self.task_holding = False
        return self
    def isTaskHoldingOrWaiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)
class TaskRec(object):
    pass
class DeviceTaskRec(TaskRec):
    def __init__(self):
        self.pending = None
class Task(TaskState):
    def __init__(self, i, p, w, initialState, r):
        self.link = taskWorkArea.taskList if False else None
        self.ident = i
        self.priority = p
        self.input = w
        self.packet_pending = initialState.packet_pending
        self.handle = r
    def runTask(self):
        if self.isWaitingWithPacket():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packetPending()
        else:
            msg = None
        return self.fn(msg, self.handle)
    def isWaitingWithPacket(self):
        return self.packet_pending and self.task_waiting and not self.task_holding
    def running(self):
        self.packet_pending = self.task_waiting = self.task_holding = False
    def fn(self, pkt, r):
        raise NotImplementedError
tracing = False
layout = 0
def trace(a):
    global layout
    layout -= 1
    if layout <= 0:
        print()
        layout = 50
    print(a, end='')
