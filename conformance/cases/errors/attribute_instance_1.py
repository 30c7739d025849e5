# uncaught AttributeError on an instance
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
acct = Account("ann")
print(acct.owner, acct.balance)
acct.balance += 10
print(acct.balance)
print(acct.overdraft_limit)
