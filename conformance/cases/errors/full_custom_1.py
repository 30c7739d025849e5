# expect: full-stderr
# a user-defined exception with a custom __str__ raised from a method
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field, self.value = field, value
    def __str__(self):
        return f"invalid {self.field}: {self.value!r}"
class Form:
    def __init__(self, **fields):
        self.fields = fields
    def validate(self):
        for name, value in self.fields.items():
            if not value:
                raise ValidationError(name, value)
        return True
print(Form(name="ann", email="a@b").validate())
Form(name="bob", email="").validate()
