# RBA section titles in Spanish; questions are not translated yet.
SECTIONS = {"A": "Trabajo", "B": "Salud y seguridad", "C": "Medio ambiente", "D": "Ética", "E": "Sistema de gestión"}
CLAUSES = {}
QUESTIONS = {}
