# uncaught AssertionError with a message
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount
b = withdraw(100, 30)
print(b)
b = withdraw(b, 70)
print(b)
withdraw(b, 1)
