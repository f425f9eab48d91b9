# SA8000 section titles in Spanish; questions and guidance are not translated yet (English is shown).
SECTIONS = {
 "1": "Trabajo infantil", "2": "Trabajo forzoso u obligatorio", "3": "Salud y seguridad",
 "4": "Libertad de asociación y derecho a la negociación colectiva", "5": "Discriminación",
 "6": "Medidas disciplinarias", "7": "Horario de trabajo", "8": "Remuneración", "9": "Sistema de gestión",
}
CLAUSES = {}
QUESTIONS = {}
