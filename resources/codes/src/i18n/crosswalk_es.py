# Crosswalk topics in Spanish; the shared questions are not translated yet.
TOPICS = {
 "child_labour": "Trabajo infantil y trabajadores jóvenes", "forced_labour": "Trabajo forzoso",
 "working_hours": "Horario de trabajo", "wages": "Salarios y prestaciones", "health_safety": "Salud y seguridad",
 "freedom_of_association": "Libertad de asociación", "discrimination": "Discriminación",
 "discipline": "Disciplina, acoso y trato humano", "management_system": "Sistema de gestión",
 "environment": "Medio ambiente", "ethics": "Ética empresarial", "customs_security": "Aduanas y seguridad",
 "labour": "Trabajo (general)",
}
SHARED = {}
