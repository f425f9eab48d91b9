# WRAP section titles in Simplified Chinese (the questions are not translated yet: they stay English).
SECTIONS = {
 "1": "遵守法律和工作场所规章", "2": "禁止强迫劳动", "3": "禁止童工", "4": "禁止骚扰或虐待",
 "5": "薪酬与福利", "6": "工作时间", "7": "禁止歧视", "8": "健康与安全",
 "9": "结社自由与集体谈判", "10": "环境", "11": "海关合规", "12": "安全保障",
}
CLAUSES = {}
QUESTIONS = {}
