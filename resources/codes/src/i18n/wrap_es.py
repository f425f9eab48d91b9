# WRAP section titles in Spanish; questions are not translated yet.
SECTIONS = {
 "1": "Cumplimiento de leyes y normas laborales", "2": "Prohibición del trabajo forzoso",
 "3": "Prohibición del trabajo infantil", "4": "Prohibición del acoso o abuso", "5": "Remuneración y prestaciones",
 "6": "Horario de trabajo", "7": "Prohibición de la discriminación", "8": "Salud y seguridad",
 "9": "Libertad de asociación y negociación colectiva", "10": "Medio ambiente", "11": "Cumplimiento aduanero",
 "12": "Seguridad",
}
CLAUSES = {}
QUESTIONS = {}
