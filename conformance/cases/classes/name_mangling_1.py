class Account:
    def __init__(self):
        self.__balance = 100
        self._hint = "protected"
    def balance(self):
        return self.__balance
class Savings(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 5
    def mine(self):
        return self.__balance
s = Savings()
print(s.balance(), s.mine(), s._hint)
print(sorted(vars(s)))
try:
    s.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(s._Account__balance, s._Savings__balance)
