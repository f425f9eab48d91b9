# RBA section titles in Simplified Chinese (the questions are not translated yet: they stay English).
SECTIONS = {"A": "劳工", "B": "健康与安全", "C": "环境", "D": "商业道德", "E": "管理体系"}
CLAUSES = {}
QUESTIONS = {}
