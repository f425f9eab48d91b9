<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AnalysisReport</name>
        <message>
            <location filename="../../app/analysis/AnalysisReport.cpp" line="+35" />
            <source>Analysed: %1</source>
            <translation>已分析：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No flags.</source>
            <translation>没有标记。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>What the checks look for:</source>
            <translation>各项检查的内容：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The analysis was cancelled: the list is incomplete.</source>
            <translation>分析已取消：列表不完整。</translation>
        </message>
    </context>
    <context>
        <name>AttLogParser</name>
        <message>
            <location filename="../../app/records/AttLogParser.cpp" line="+87" />
            <source>not a punch: expected PIN, date-time and state separated by tabs, '|' or spaces</source>
            <translation>不是打卡记录：应为工号、日期时间和状态，以制表符、“|”或空格分隔</translation>
        </message>
        <message>
            <location line="+3" />
            <source>required cell is empty</source>
            <translation>必填单元格为空</translation>
        </message>
        <message>
            <location line="+3" />
            <source>control character (such as NUL) or more than 128 bytes in an id</source>
            <translation>编号中含控制字符（如 NUL）或超过 128 字节</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unparseable timestamp '%1' (expected YYYY-MM-DD HH:MM:SS)</source>
            <translation>无法解析的时间戳“%1”（应为 YYYY-MM-DD HH:MM:SS）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unknown punch state '%1' (0, 1, 4 or 5 expected)</source>
            <translation>未知的打卡状态“%1”（应为 0、1、4 或 5）</translation>
        </message>
        <message>
            <location filename="../../app/records/PunchPairing.cpp" line="+31" />
            <source>%1 punches for this worker on one day (more than %2): not a clock's record; the day's punches are left out</source>
            <translation>该工人一天内有 %1 次打卡（超过 %2 次）：不是考勤机的记录；当天的打卡不予采用</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+9" />
            <location line="+10" />
            <location line="+15" />
            <source>check-in without a matching check-out</source>
            <translation>有上班打卡而无对应的下班打卡</translation>
        </message>
        <message>
            <location line="-19" />
            <source>check-out without a matching check-in</source>
            <translation>有下班打卡而无对应的上班打卡</translation>
        </message>
        <message>
            <location line="+5" />
            <source>check-out more than 24 hours after the last check-in</source>
            <translation>下班打卡距上次上班打卡超过 24 小时</translation>
        </message>
    </context>
    <context>
        <name>AuditParams</name>
        <message>
            <location filename="../../app/params/AuditParams.cpp" line="+29" />
            <location line="+81" />
            <source>"%1" has an invalid value</source>
            <translation>“%1”的值无效</translation>
        </message>
        <message>
            <location line="+96" />
            <source>"%1" must be "day" or "week"</source>
            <translation>“%1”必须是 "day" 或 "week"</translation>
        </message>
        <message>
            <location line="+59" />
            <source>"%1" needs an hourly, daily or monthly amount</source>
            <translation>“%1”需要每小时、每天或每月的金额</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" has two steps from %2</source>
            <translation>“%1”有两个自 %2 起的档次</translation>
        </message>
        <message>
            <location line="+55" />
            <source>format_version %1 is not supported (this version reads 1 and 2)</source>
            <translation>不支持 format_version %1（本版本读取 1 和 2）</translation>
        </message>
        <message>
            <location line="+45" />
            <source>"young_worker_night_start" and "young_worker_night_end" go together</source>
            <translation>"young_worker_night_start" 和 "young_worker_night_end" 必须同时给出</translation>
        </message>
        <message>
            <location line="+9" />
            <source>period_end is before period_start</source>
            <translation>period_end 早于 period_start</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: not a JSON object (%2 at byte %3)</source>
            <translation>%1：不是 JSON 对象（第 %3 字节处 %2）</translation>
        </message>
    </context>
    <context>
        <name>AuditPhase</name>
        <message>
            <location filename="../../app/fieldwork/AuditPhase.cpp" line="+57" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening meeting</source>
            <translation>首次会议</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Site tour</source>
            <translation>现场巡视</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document review</source>
            <translation>文件审查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worker interviews</source>
            <translation>工人访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Management interview</source>
            <translation>管理层访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record analysis</source>
            <translation>记录分析</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings and corrective actions</source>
            <translation>审核发现与纠正措施</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closing meeting</source>
            <translation>末次会议</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
    </context>
    <context>
        <name>AuditRecordQuery</name>
        <message>
            <location filename="../../app/analysis/AuditRecordQuery.cpp" line="+44" />
            <source>Could not read the records: %1</source>
            <translation>无法读取记录：%1</translation>
        </message>
    </context>
    <context>
        <name>AuditSetup</name>
        <message>
            <location filename="../../app/fieldwork/AuditSetup.cpp" line="+38" />
            <source>The audit was created but its checklist could not be derived: %1</source>
            <translation>审核已创建，但无法生成其检查表：%1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Audit %1 does not exist.</source>
            <translation>审核 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>AuditTeamStore</name>
        <message>
            <location filename="../../app/fieldwork/AuditTeamStore.cpp" line="+16" />
            <source>Audit %1 does not exist.</source>
            <translation>审核 %1 不存在。</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Team member %1 does not exist.</source>
            <translation>审核组成员 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <location filename="../../app/codes/CatalogParser.cpp" line="+31" />
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+59" />
            <source>%1: not valid JSON: %2 at byte %3</source>
            <translation>%1：不是有效的 JSON：第 %3 字节处 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+5" />
            <source>must be 1</source>
            <translation>必须为 1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be lower-case letters, digits, - or _</source>
            <translation>只能包含小写字母、数字、- 或 _</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/codes/CountryRulesParser.cpp" line="+32" />
            <source>must be a date YYYY-MM-DD</source>
            <translation>必须是 YYYY-MM-DD 格式的日期</translation>
        </message>
        <message>
            <location line="+9" />
            <source>must be a number of zero or more</source>
            <translation>必须是大于或等于零的数</translation>
        </message>
        <message>
            <location line="+25" />
            <source>clause id "%1" is used twice</source>
            <translation>条款编号“%1”重复使用</translation>
        </message>
        <message>
            <location line="+25" />
            <source>question id "%1" is used twice</source>
            <translation>问题编号“%1”重复使用</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown verification method "%1" (use %2)</source>
            <translation>未知的核实方法“%1”（请使用 %2）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown severity "%1" (use %2)</source>
            <translation>未知的严重程度“%1”（请使用 %2）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown profile flag "%1" (use %2)</source>
            <translation>未知的工厂概况标志“%1”（请使用 %2）</translation>
        </message>
        <message>
            <location filename="../../app/codes/CatalogRegistry.cpp" line="+92" />
            <source>%1: $.id: "%2" is a built-in code and cannot be replaced</source>
            <translation>%1：$.id：“%2”是内置守则，不能替换</translation>
        </message>
        <message>
            <location filename="../../app/codes/ChecklistDeriver.cpp" line="+63" />
            <source>unknown code "%1"</source>
            <translation>未知的守则“%1”</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/params/ParamsResolver.cpp" line="+370" />
            <source>choose at least one code</source>
            <translation>请至少选择一个守则</translation>
        </message>
        <message>
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+67" />
            <source>Shared: %1</source>
            <translation>共用问题：%1</translation>
        </message>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+39" />
            <source>This audit's checklist already has answers; it cannot be derived again.</source>
            <translation>此审核的检查表已有回答，不能重新生成。</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRulesParser.cpp" line="+13" />
            <source>must be a time HH:MM</source>
            <translation>必须是 HH:MM 格式的时间</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be a list of tiers</source>
            <translation>必须是档次列表</translation>
        </message>
        <message>
            <location line="+11" />
            <source>after_hours must be zero or more and premium at least 1</source>
            <translation>after_hours 必须不小于零，premium 至少为 1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be "day" or "week"</source>
            <translation>必须是 "day" 或 "week"</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be a number of zero or more, or null</source>
            <translation>必须是不小于零的数字，或 null</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <location line="+29" />
            <source>is before "from"</source>
            <translation>早于 "from"</translation>
        </message>
        <message>
            <location line="+12" />
            <source>unknown rule (known: %1)</source>
            <translation>未知的规则（已知：%1）</translation>
        </message>
        <message>
            <location line="+37" />
            <source>wages must be zero or more</source>
            <translation>工资必须不小于零</translation>
        </message>
        <message>
            <location line="+6" />
            <source>needs a monthly, daily or hourly figure</source>
            <translation>需要月、日或小时数额</translation>
        </message>
        <message>
            <location line="+67" />
            <location filename="../../app/codes/Crosswalk.cpp" line="+17" />
            <source>%1: not valid JSON: %2</source>
            <translation>%1：不是有效的 JSON：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be 1 or 2</source>
            <translation>必须是 1 或 2</translation>
        </message>
        <message>
            <location line="+35" />
            <source>names no region of the file (regions: %1)</source>
            <translation>不是文件中的地区（地区：%1）</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="+92" />
            <source>must be a number</source>
            <translation>必须是数字</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRules.cpp" line="+168" />
            <source>No country rules for "%1" (known: %2)</source>
            <translation>没有“%1”的国家规则（已知：%2）</translation>
        </message>
        <message>
            <location filename="../../app/codes/Crosswalk.cpp" line="+29" />
            <source>question "%1" is already answered by another shared question</source>
            <translation>问题“%1”已由另一个共用问题回答</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="-72" />
            <source>missing (a text is required)</source>
            <translation>缺失（需要文本）</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+24" />
            <source>must be a non-empty text</source>
            <translation>必须是非空文本</translation>
        </message>
        <message>
            <location line="-12" />
            <source>missing (a list of texts is required)</source>
            <translation>缺失（需要文本列表）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a list of texts</source>
            <translation>必须是文本列表</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+13" />
            <source>must not be empty</source>
            <translation>不能为空</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRulesParser.cpp" line="-101" />
            <location filename="../../app/codes/JsonReader.cpp" line="-4" />
            <source>must be a list</source>
            <translation>必须是列表</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="+12" />
            <source>must be an object</source>
            <translation>必须是对象</translation>
        </message>
        <message>
            <location line="+11" />
            <source>missing (a number is required)</source>
            <translation>缺失（需要数字）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>must be a small whole number</source>
            <translation>必须是较小的整数</translation>
        </message>
        <message>
            <location line="+14" />
            <source>must be true or false</source>
            <translation>必须是 true 或 false</translation>
        </message>
        <message>
            <location filename="../../app/params/ParamsResolver.cpp" line="-192" />
            <source>developing-country exception of ILO C138 art. 2(4), which national law uses</source>
            <translation>国际劳工组织第138号公约第2条第4款的发展中国家例外，国家法律采用了该例外</translation>
        </message>
        <message>
            <location line="+17" />
            <source>for %1 (facility: %2)</source>
            <translation>适用于 %1（工厂：%2）</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the law sets no such limit</source>
            <translation>法律未设此项上限</translation>
        </message>
        <message numerus="yes">
            <location line="+67" />
            <source>%n public holiday(s) from %1 to %2</source>
            <translation>
                <numerusform>%1 至 %2 期间 %n 个法定节假日</numerusform>
            </translation>
        </message>
        <message>
            <location line="+80" />
            <source>unknown code "%1" (known: %2)</source>
            <translation>未知的守则“%1”（已知：%2）</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 has no region "%2" (regions: %3)</source>
            <translation>%1 没有地区“%2”（地区：%3）</translation>
        </message>
        <message>
            <location line="+46" />
            <source>regular_hours_per_week + max_overtime_hours_per_week</source>
            <translation>regular_hours_per_week + max_overtime_hours_per_week</translation>
        </message>
        <message>
            <location line="+42" />
            <source>audit override</source>
            <translation>本次审核自定</translation>
        </message>
        <message>
            <location filename="../../app/params/MinimumWageResolution.cpp" line="+35" />
            <source>%1 a month / (%2 h a week x 52 / 12)</source>
            <translation>每月 %1 / (每周 %2 小时 × 52 / 12)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 a day / %2 h</source>
            <translation>每天 %1 / %2 小时</translation>
        </message>
        <message numerus="yes">
            <location line="+60" />
            <source>%n step(s) in the audit period</source>
            <translation>
                <numerusform>审核期内 %n 个档次</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckExplanations</name>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="+37" />
            <source>First digits of pay amounts depart from Benford's law beyond chance. A screen, never proof.</source>
            <translation>工资金额的首位数字偏离本福特定律，超出随机水平。这只是筛查手段，绝不是证据。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="+28" />
            <source>Implausibly many birth dates on one day of the year (e.g. 1 January): ages may be made up.</source>
            <translation>同一天（例如 1 月 1 日）的出生日期多得不合常理：年龄可能是编造的。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="+52" />
            <source>One department's bonuses in one pay period are unlike both its own other pay periods and the other departments that period: bonuses invented for a month?</source>
            <translation>某部门在一个工资期内的奖金既不同于该部门其他工资期，也不同于同期其他部门：是否为某个月虚构的奖金？</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="+83" />
            <source>Interview answers are too alike across workers to be independent: workers may have been coached.</source>
            <translation>不同工人的访谈回答过于相似，不像是各自独立作答：工人可能事先被教导过。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="+52" />
            <source>One ID number appears on two or more workers.</source>
            <translation>同一个身份证号出现在两名或以上工人身上。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="+90" />
            <source>Weekly hours or overtime above the limit in force.</source>
            <translation>每周工时或加班超过现行限值。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="+52" />
            <source>The gate log shows workers on site well outside their recorded hours.</source>
            <translation>门卫记录显示工人在记录工时之外很长时间仍在厂内。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="+47" />
            <source>Weekly hours sit at exactly the legal maximum week after week: records may be adjusted to the limit.</source>
            <translation>每周工时一周又一周地正好等于法定上限：记录可能被调整到限值。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+93" />
            <source>Many workers punched in or out at exactly the same minute on the same day, more than chance allows: time cards may have been filled in by one hand.</source>
            <translation>许多工人在同一天的同一分钟上班或下班打卡，超出随机所能解释的程度：考勤卡可能是由同一人填写的。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="+81" />
            <source>What workers said (hours, rest days, pay) contradicts the records.</source>
            <translation>工人所述（工时、休息日、工资）与记录矛盾。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="+27" />
            <source>Pay for regular hours is below the minimum wage.</source>
            <translation>正常工时工资低于最低工资。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="+27" />
            <source>Time records with a forgotten clock-in or clock-out: the worker was present, the hours are unknown and not counted. Ask for the paper card or the supervisor's correction.</source>
            <translation>上班或下班漏打卡的考勤记录：工人在岗，工时未知且未计入。请索取纸质考勤卡或主管的更正记录。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="+26" />
            <source>Net pay does not equal regular + overtime + bonus - deductions.</source>
            <translation>实发工资不等于正常工资 + 加班费 + 奖金 - 扣款。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="+20" />
            <source>More consecutive working days than allowed without a day off.</source>
            <translation>连续工作天数超过允许范围，没有休息日。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="+153" />
            <source>Work on the weekly rest day is paid below the rest-day premium the law sets.</source>
            <translation>每周休息日的工作报酬低于法律规定的休息日加班费率。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Work on a public holiday is paid below the holiday premium the law sets.</source>
            <translation>法定节假日的工作报酬低于法律规定的节假日加班费率。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Overtime is paid below the premium rate.</source>
            <translation>加班费低于溢价费率。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="+53" />
            <source>Hours paid differ from hours in the time records for the same period: a sign of double books.</source>
            <translation>同一期间的计薪工时与考勤记录的工时不一致：这是两套账的迹象。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="+89" />
            <source>The output recorded needs more labour hours than the time records show.</source>
            <translation>记录的产量所需工时超过考勤记录显示的工时。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="+48" />
            <source>Punch minutes heap on :00, :30 or another digit more than chance allows: times may have been written, not punched.</source>
            <translation>打卡分钟集中在 :00、:30 或其他某个数字上，超出随机水平：时间可能是手写的，而不是打卡产生的。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="+18" />
            <source>Someone worked while below the minimum age.</source>
            <translation>有人在低于最低年龄时工作。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="+44" />
            <source>A worker's in and out times are (nearly) the same day after day. Real punches vary by a few minutes.</source>
            <translation>某工人的上下班时间每天（几乎）都一样。真实的打卡时间会有几分钟的差异。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="+19" />
            <source>Records for worker ids missing from the register: hidden or unregistered workers?</source>
            <translation>记录中有花名册上没有的工号：是否有隐藏或未登记的工人？</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="+18" />
            <source>Time or pay records before hire or after termination.</source>
            <translation>入职前或离职后有考勤或工资记录。</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="+24" />
            <source>A worker under the young-worker age did night work or overtime.</source>
            <translation>一名未达未成年工年龄上限的工人上了夜班或加班。</translation>
        </message>
    </context>
    <context>
        <name>CheckTitles</name>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="-1" />
            <source>Identical punches</source>
            <translation>相同打卡时间</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="-1" />
            <source>Same times every day</source>
            <translation>每天时间相同</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="-1" />
            <source>Round punch times</source>
            <translation>打卡时间取整</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="-1" />
            <source>Hours stuck at the limit</source>
            <translation>工时卡在上限</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="-1" />
            <source>Excessive hours</source>
            <translation>工时过长</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="-1" />
            <source>No rest day</source>
            <translation>无休息日</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="-1" />
            <source>Paid vs recorded hours</source>
            <translation>计薪与记录工时不符</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="-1" />
            <source>Below minimum wage</source>
            <translation>低于最低工资</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="-1" />
            <source>Overtime premium short</source>
            <translation>加班溢价不足</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Rest-day premium short</source>
            <translation>休息日加班费不足</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Holiday premium short</source>
            <translation>节假日加班费不足</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="-1" />
            <source>Net pay does not add up</source>
            <translation>实发工资对不上</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="-1" />
            <source>Benford deviation</source>
            <translation>偏离本福特定律</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="-1" />
            <source>Underage worker</source>
            <translation>未达最低年龄的工人</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="-1" />
            <source>Young worker violation</source>
            <translation>未成年工违规</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="-1" />
            <source>Birth dates heaped</source>
            <translation>出生日期扎堆</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="-1" />
            <source>Duplicate ID number</source>
            <translation>身份证号重复</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="-1" />
            <source>Work outside employment</source>
            <translation>雇佣期外工作</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="-1" />
            <source>Unknown worker</source>
            <translation>未知工人</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="-1" />
            <source>Missing punches</source>
            <translation>漏打卡</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="-1" />
            <source>Output vs recorded hours</source>
            <translation>产量与记录工时不符</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="-1" />
            <source>Gate log vs recorded hours</source>
            <translation>门卫记录与工时不符</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="-1" />
            <source>Interviews contradict records</source>
            <translation>访谈与记录矛盾</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="-1" />
            <source>Coached interviews</source>
            <translation>访谈疑似被教导</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="-1" />
            <source>Bonuses unlike the department's normal</source>
            <translation>奖金异于部门常态</translation>
        </message>
    </context>
    <context>
        <name>ChecklistAnswers</name>
        <message>
            <location filename="../../app/fieldwork/ChecklistAnswers.cpp" line="+22" />
            <source>Compliant</source>
            <translation>符合</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Non-compliant</source>
            <translation>不符合</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Observation</source>
            <translation>观察项</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not verified</source>
            <translation>未核实</translation>
        </message>
    </context>
    <context>
        <name>ChecklistResponses</name>
        <message>
            <location filename="../../app/fieldwork/ChecklistResponses.cpp" line="+29" />
            <source>Checklist item %1 does not exist.</source>
            <translation>检查表项目 %1 不存在。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>"%1" is not a checklist answer.</source>
            <translation>“%1”不是检查表的回答选项。</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="+68" />
            <source>First digits of %1 (%2 amounts) depart from Benford's law: MAD %3 (nonconformity above %4)</source>
            <translation>%1（%2 个金额）的首位数字偏离本福特定律：MAD %3（高于 %4 即为不符合）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="+49" />
            <source>%1 of %2 workers were born on %3; chance would give about %4</source>
            <translation>%2 名工人中有 %1 名生于 %3；按随机约应为 %4 名</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="+130" />
            <source>%1 of %2 interviews gave answers too alike to be independent: %3</source>
            <translation>%2 次访谈中有 %1 次的回答过于相似，不像是各自独立作答：%3</translation>
        </message>
        <message>
            <location line="+77" />
            <source>%1 of %2 interviewed workers stated exactly %3 h a week, while their records vary</source>
            <translation>%2 名受访工人中有 %1 名都说每周正好 %3 小时，而他们的记录各不相同</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="+33" />
            <source>One person rehired under a new number (the employments follow each other): %1</source>
            <translation>同一人以新工号重新入职（前后两段雇佣不重叠）：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 workers share one ID number on file: %2</source>
            <translation>%1 名工人的档案使用同一个身份证号：%2</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="-39" />
            <source>%1 h on %2 (limit %3 h a day)</source>
            <translation>%2 工作 %1 小时（上限每天 %3 小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h of overtime on %2 (limit %3 h a day)</source>
            <translation>%2 加班 %1 小时（上限每天 %3 小时）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 h of overtime in %2 (limit %3 h a month)</source>
            <translation>%2 加班 %1 小时（上限每月 %3 小时）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 h of overtime in %2 (limit %3 h a year)</source>
            <translation>%2 加班 %1 小时（上限每年 %3 小时）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 h in the week of %2 (limit %3 h)</source>
            <translation>%2 所在周工作 %1 小时（上限 %3 小时）</translation>
        </message>
        <message>
            <location line="+147" />
            <source>%1 worked more than %2 h in %3 week(s), up to %4 h</source>
            <translation>%1 有 %3 周工作超过 %2 小时，最多 %4 小时</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1 worked beyond a limit in force %n time(s): %2</source>
            <translation>
                <numerusform>%1 有 %n 次超过现行上限：%2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="+142" />
            <source>%1 was on site %2 day(s) with no time record and %3 day(s) over %4 h beyond the recorded hours</source>
            <translation>%1 有 %2 天在厂但无考勤记录，另有 %3 天在厂时间超出记录工时 %4 小时以上</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 worker(s) stay on site overnight (a dormitory inside the gate): the gate log cannot show their working hours and was not compared with their time records</source>
            <translation>%1 名工人在厂区内过夜（门禁内设有宿舍）：门禁记录无法反映其工作时间，因此未与其考勤记录比对</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="+166" />
            <source>%1 worker(s) recorded exactly %2 h in %3 of %4 full weeks</source>
            <translation>%1 名工人在 %4 个完整周中有 %3 周记录正好为 %2 小时</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="+81" />
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+121" />
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="+99" />
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="+82" />
            <source>(no department)</source>
            <translation>（无部门）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: bonuses for %2 to %3 (median %4) unlike the department's other pay periods (%5) and the other departments that period (%6)</source>
            <translation>%1：%2 至 %3 的奖金（中位数 %4）不同于该部门其他工资期（%5）及同期其他部门（%6）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+5" />
            <source>punched in</source>
            <translation>上班打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>punched out</source>
            <translation>下班打卡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 workers in %3 %4 at exactly %5 on %6 (%7 day(s) like this)</source>
            <translation>%3 的 %2 名工人中有 %1 名在 %6 正好于 %5 %4（类似情况共 %7 天）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="+92" />
            <source>%1 of %2 interviewed workers described hours, rest days or pay that contradict the records</source>
            <translation>%2 名受访工人中有 %1 名所述的工时、休息日或工资与记录矛盾</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="+75" />
            <source>%1 was paid %2 an hour for regular hours, below the minimum of %3</source>
            <translation>%1 正常工时的时薪为 %2，低于最低标准 %3</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="+42" />
            <source>%1: net pay differs from regular + overtime + bonus − deductions in %2 period(s)</source>
            <translation>%1：有 %2 个工资周期的实发工资不等于正常工资 + 加班费 + 奖金 − 扣款</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="+52" />
            <source>%1 worked up to %2 days in a row (limit %3)</source>
            <translation>%1 最多连续工作 %2 天（限值 %3）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="+134" />
            <source>%1 was paid overtime at %2× the regular rate (at least %3× due)</source>
            <translation>%1 的加班费为正常费率的 %2 倍（应至少为 %3 倍）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 worked on rest days and was paid %2× the regular rate for premium hours (at least %3× due)</source>
            <translation>%1 在休息日工作，加班时数按正常费率的 %2 倍支付（应至少 %3 倍）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 worked on public holidays and was paid %2× the regular rate for premium hours (at least %3× due)</source>
            <translation>%1 在法定节假日工作，加班时数按正常费率的 %2 倍支付（应至少 %3 倍）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="+96" />
            <source>%1 was paid for up to %2 h less than the time records show, in %3 period(s)</source>
            <translation>%1 有 %3 个周期的计薪工时比考勤记录最多少 %2 小时</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was paid for up to %2 h more than the time records show, in %3 period(s)</source>
            <translation>%1 有 %3 个周期的计薪工时比考勤记录最多多 %2 小时</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="+67" />
            <source>%1: on %2 day(s) output per recorded hour rose to %3 % of standard against the department's own %4 %, with no more hours recorded: hidden hours?</source>
            <translation>%1：%2 天内每记录工时的产出升至标准的 %3 %，而该部门平时为 %4 %，记录工时并未增加：是否有隐藏工时？</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: output on %2 day(s) needs at least %3 labour hours more than the time records show</source>
            <translation>%1：有 %2 天的产量所需工时比考勤记录至少多 %3 小时</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punch on round minutes far beyond chance, e.g. %3: %4 of %5 punches on %6 (chance: %7)</source>
            <translation>%2 有 %1 名工人打卡集中在整数分钟，远超随机水平，例如 %3：%5 次打卡中有 %4 次在 %6（随机：%7）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="+50" />
            <source>%1 worked %2 day(s) while under %3 (aged %4 on %5)</source>
            <translation>%1 在未满 %3 岁时工作了 %2 天（%5 时年龄为 %4）</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punched the same times day after day, e.g. %3 on %4 of %5 days at %6–%7</source>
            <translation>%2 有 %1 名工人每天打卡时间都相同，例如 %3 在 %5 天中有 %4 天为 %6–%7</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="+55" />
            <source>%1 worker id(s) in the records are missing from the register</source>
            <translation>记录中有 %1 个工号不在花名册中</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="+60" />
            <source>%1 has records on %2 day(s) before hire and %3 after leaving</source>
            <translation>%1 在入职前有 %2 天、离职后有 %3 天的记录</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="+61" />
            <source>%1, under %2, worked %3 night shift(s) and %4 day(s) with overtime</source>
            <translation>%1 未满 %2 岁，上了 %3 个夜班，并有 %4 天加班</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="+38" />
            <source>%1 time record(s) of %2 worker(s) on %3 day(s) lack a clock-in or clock-out: present, hours unknown, not counted</source>
            <translation>%2 名工人在 %3 天内有 %1 条考勤记录缺少上班或下班打卡：人在岗，工时未知，未计入</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <location filename="../../app/records/ColumnMapping.cpp" line="+14" />
            <source>required column(s) missing: %1 (the header has: %2)</source>
            <translation>缺少必需的列：%1（表头有：%2）</translation>
        </message>
    </context>
    <context>
        <name>ColumnSynonyms</name>
        <message>
            <location filename="../../app/records/ColumnSynonyms.cpp" line="+107" />
            <source>column synonyms: not a JSON object (%1 at offset %2)</source>
            <translation>列同义词：不是 JSON 对象（偏移 %2 处 %1）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>column synonyms: languages.%1 is not an object</source>
            <translation>列名同义词：languages.%1 不是对象</translation>
        </message>
    </context>
    <context>
        <name>ComplianceDashboard</name>
        <message>
            <location filename="../../ui/findings/ComplianceDashboard.cpp" line="+62" />
            <source>Compliant %</source>
            <translation>符合率 %</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (not assessed)</source>
            <translation>%1（未评估）</translation>
        </message>
    </context>
    <context>
        <name>CorrectiveActionStore</name>
        <message>
            <location filename="../../app/fieldwork/CorrectiveActionStore.cpp" line="+26" />
            <source>Finding %1 does not exist.</source>
            <translation>审核发现 %1 不存在。</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Corrective action %1 does not exist.</source>
            <translation>纠正措施 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <location filename="../../ui/wizard/NewAuditWizard.cpp" line="+33" />
            <source>Bangladesh</source>
            <translation>孟加拉国</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cambodia</source>
            <translation>柬埔寨</translation>
        </message>
        <message>
            <location line="+1" />
            <source>China</source>
            <translation>中国</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Egypt</source>
            <translation>埃及</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ethiopia</source>
            <translation>埃塞俄比亚</translation>
        </message>
        <message>
            <location line="+0" />
            <source>India</source>
            <translation>印度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indonesia</source>
            <translation>印度尼西亚</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Malaysia</source>
            <translation>马来西亚</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mexico</source>
            <translation>墨西哥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Morocco</source>
            <translation>摩洛哥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myanmar</source>
            <translation>缅甸</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pakistan</source>
            <translation>巴基斯坦</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Philippines</source>
            <translation>菲律宾</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sri Lanka</source>
            <translation>斯里兰卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thailand</source>
            <translation>泰国</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Türkiye</source>
            <translation>土耳其</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viet Nam</source>
            <translation>越南</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../../app/records/CsvReader.cpp" line="+48" />
            <source>a quoted field opened on line %1 is never closed</source>
            <translation>第 %1 行开始的带引号字段没有结束引号</translation>
        </message>
        <message>
            <location line="+39" />
            <source>line %1: unexpected text after a closing quote</source>
            <translation>第 %1 行：结束引号后有多余的文本</translation>
        </message>
        <message>
            <location line="+39" />
            <source>line %1: the record is longer than %2 bytes</source>
            <translation>第 %1 行：记录超过 %2 字节</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1: more than %2 fields in one record</source>
            <translation>第 %1 行：一条记录中超过 %2 个字段</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../database/Database.cpp" line="+56" />
            <source>Cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No store at %1</source>
            <translation>%1 处没有存储文件</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+7" />
            <location line="+11" />
            <source>Cannot open the store %1: %2</source>
            <translation>无法打开存储文件 %1：%2</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The store %1 has schema version %2; this version of Fieldbook reads %3.</source>
            <translation>存储文件 %1 的结构版本为 %2；此版本的 Fieldbook 读取版本 %3。</translation>
        </message>
        <message>
            <location filename="../../database/Migrator.cpp" line="+110" />
            <source>The store %1 was written by a newer version of Fieldbook (schema %2; this version knows up to %3). Update Fieldbook.</source>
            <translation>存储文件 %1 由更新版本的 Fieldbook 写入（结构版本 %2；此版本最多支持 %3）。请更新 Fieldbook。</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+24" />
            <source>Upgrading the store to version %1 (%2) failed: %3</source>
            <translation>将存储文件升级到版本 %1（%2）失败：%3</translation>
        </message>
        <message>
            <location filename="../../database/StoreError.cpp" line="+11" />
            <source>The store is not open.</source>
            <translation>存储文件未打开。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The store is busy: another Fieldbook window or command is writing to it. This change was not saved; try again when the other one has finished.</source>
            <translation>存储文件正忙：另一个 Fieldbook 窗口或命令正在写入。此更改未保存；请在对方完成后重试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk is full: this change was not saved. Everything saved before is intact; free some space and try again.</source>
            <translation>磁盘已满：此更改未保存。之前保存的内容完好无损；请释放一些空间后重试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The store is read-only: nothing can be saved to it. Copy it to a folder you can write to, or check its permissions.</source>
            <translation>存储文件为只读：无法保存任何内容。请将其复制到可写入的文件夹，或检查其权限。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk reported an error while writing: this change was not saved. Check the disk and the free space, then try again.</source>
            <translation>写入时磁盘报告错误：此更改未保存。请检查磁盘和可用空间后重试。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The store cannot be opened: check that its folder exists and that you may write to it.</source>
            <translation>无法打开存储文件：请检查其文件夹是否存在以及您是否有写入权限。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The store is damaged or is not a Fieldbook store; run fieldbook-cli check-store on it and keep a copy before anything else.</source>
            <translation>存储文件已损坏或不是 Fieldbook 存储文件；请先保留一份副本，再对其运行 fieldbook-cli check-store。</translation>
        </message>
    </context>
    <context>
        <name>DemoAudit</name>
        <message>
            <location filename="../../app/demo/DemoAudit.cpp" line="+146" />
            <source>cannot create a temporary folder: %1</source>
            <translation>无法创建临时文件夹：%1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Golden Thread Garments: SA8000 + WRAP initial audit</source>
            <translation>金线制衣：SA8000 + WRAP 初次审核</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Whole site: production, warehouse, dormitory and canteen</source>
            <translation>整个厂区：生产、仓库、宿舍和食堂</translation>
        </message>
    </context>
    <context>
        <name>DirectionWords</name>
        <message>
            <location filename="../../app/records/DirectionWords.cpp" line="+37" />
            <source>direction words: not a JSON object (%1 at offset %2)</source>
            <translation>方向词表：不是 JSON 对象（%1，位于偏移 %2）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>direction words: %1.%2 holds an empty or non-text word</source>
            <translation>方向词表：%1.%2 含有空词或非文本的词</translation>
        </message>
        <message>
            <location line="+6" />
            <source>direction words: "%1" is listed for both in and out</source>
            <translation>方向词表：“%1”同时列为进和出</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStore</name>
        <message>
            <location filename="../../app/fieldwork/EvidenceStore.cpp" line="+44" />
            <source>%1 is larger than %2 MB and cannot be stored as evidence.</source>
            <translation>%1 大于 %2 MB，不能作为证据保存。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>%1 could not be read: %2</source>
            <translation>无法读取 %1：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Audit %1 does not exist.</source>
            <translation>审核 %1 不存在。</translation>
        </message>
        <message>
            <location line="+98" />
            <location line="+14" />
            <source>Evidence %1 does not exist.</source>
            <translation>证据 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>FacilityProfile</name>
        <message>
            <location filename="../../app/codes/FacilityProfile.cpp" line="+19" />
            <source>Dormitory for workers</source>
            <translation>工人宿舍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Canteen</source>
            <translation>食堂</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hazardous chemicals on site</source>
            <translation>厂内有危险化学品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers (under 18) employed</source>
            <translation>雇有未成年工（未满18岁）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Migrant workers</source>
            <translation>外来工</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency or dispatched workers</source>
            <translation>中介或派遣工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subcontracted production</source>
            <translation>生产外包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night shifts</source>
            <translation>夜班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trade union or elected workers' committee</source>
            <translation>工会或选举产生的工人委员会</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The facility has no dormitory.</source>
            <translation>工厂没有宿舍。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facility has no canteen.</source>
            <translation>工厂没有食堂。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No hazardous chemicals are used on site.</source>
            <translation>厂内不使用危险化学品。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No workers under 18 are employed.</source>
            <translation>未雇用未满18岁的工人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No migrant workers are employed.</source>
            <translation>未雇用外来工。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No agency or dispatched workers.</source>
            <translation>没有中介或派遣工人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No production is subcontracted.</source>
            <translation>没有生产外包。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facility runs no night shifts.</source>
            <translation>工厂没有夜班。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no union or workers' committee.</source>
            <translation>没有工会或工人委员会。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: $.%2: unknown profile flag (known: %3)</source>
            <translation>%1：$.%2：未知的概况标志（已知：%3）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: $.%2: must be true or false</source>
            <translation>%1：$.%2：必须是 true 或 false</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: not a JSON object (%2)</source>
            <translation>%1：不是 JSON 对象（%2）</translation>
        </message>
    </context>
    <context>
        <name>FindingStore</name>
        <message>
            <location filename="../../app/fieldwork/FindingStore.cpp" line="+85" />
            <source>Audit %1 does not exist.</source>
            <translation>审核 %1 不存在。</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Checklist item %1 does not exist.</source>
            <translation>检查表项目 %1 不存在。</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+60" />
            <source>Finding %1 does not exist.</source>
            <translation>审核发现 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>FlagCharts</name>
        <message>
            <location filename="../../app/analysis/FlagChartBuilder.cpp" line="+58" />
            <source>d MMM</source>
            <comment>QDate format: day and month on a chart axis</comment>
            <translation>M月d日</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Minute of the hour of each punch</source>
            <translation>每次打卡的分钟数</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); heaps on :00 and :30 suggest times written down, not punched.</source>
            <translation>
                <numerusform>被标记工人的 %n 次打卡。真实打卡会均匀分布在各分钟上（虚线）；集中在 :00 和 :30 提示时间可能是手写的，而非打卡产生。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); the same minutes day after day suggest times copied, not punched.</source>
            <translation>
                <numerusform>被标记工人的 %n 次打卡。真实打卡会均匀分布在各分钟上（虚线）；每天分钟数都相同，提示时间可能是照抄的，而非打卡产生。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n punches of the flagged workers on the flagged days. Clock punches spread evenly over the minutes (dashed line); one minute far above it suggests cards filled in by one hand.</source>
            <translation>
                <numerusform>被标记工人在被标记日期的 %n 次打卡。真实打卡会均匀分布在各分钟上（虚线）；某一分钟远高于虚线，提示考勤卡可能由同一人填写。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Minute of the hour (:00 to :59)</source>
            <translation>分钟（:00 至 :59）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time in</source>
            <translation>上班时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time out</source>
            <translation>下班时间</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Even spread (%1 a minute)</source>
            <translation>均匀分布（每分钟 %1）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Punches</source>
            <translation>打卡次数</translation>
        </message>
        <message>
            <location line="+38" />
            <source>no limit</source>
            <translation>无上限</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours worked per week (Monday to Sunday)</source>
            <translation>每周工时（周一至周日）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weekly hours sitting exactly on the %1 h limit week after week are more likely written to the limit than worked.</source>
            <translation>每周工时一周又一周地正好等于 %1 小时上限，更可能是按上限填写的，而不是实际工作时间。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weeks worked without a day off: hours per week from the time records, against the %1 h weekly limit.</source>
            <translation>无休息日的工作周：考勤记录中的每周工时，对照每周 %1 小时的限值。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours per week from the time records, against the %1 h regular week: the law in force sets no weekly limit, so the flag's figures name the daily, monthly or yearly limit broken.</source>
            <translation>考勤记录中的每周工时，对照每周 %1 小时的正常工时：现行法律未设每周上限，因此警示中的数字列出被突破的每日、每月或每年上限。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weeks above the dashed %1 h line break the weekly limit in force (regular %2 h + overtime %3 h, at most %4 h).</source>
            <translation>高于 %1 小时虚线的周超过了现行每周限值（正常 %2 小时 + 加班 %3 小时，最多 %4 小时）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Week starting</source>
            <translation>周起始日</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Weekly limit in force: %1 h</source>
            <translation>现行每周限值：%1 小时</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Regular week: %1 h</source>
            <translation>每周正常工时：%1 小时</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours</source>
            <translation>小时</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more worker(s) not drawn: every one is in the Records tab.</source>
            <translation>
                <numerusform>另有 %n 名工人未画出：全部都在“记录”选项卡中。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>First digits of %1 against Benford's law</source>
            <translation>%1的首位数字与本福特定律对比</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n amounts. Amounts that arise naturally start with 1 about 30% of the time and with 9 under 5%; bars far from the line are a reason to look closer, never proof.</source>
            <translation>
                <numerusform>%n 个金额。自然产生的金额约 30% 以 1 开头，以 9 开头的不到 5%；远离曲线的柱条值得细查，但绝不是证据。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Observed share</source>
            <translation>实际占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benford's law</source>
            <translation>本福特定律</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First digit</source>
            <translation>首位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of the amounts</source>
            <translation>金额占比</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1: hours the output needs against hours recorded</source>
            <translation>%1：产量所需工时与记录工时对比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days where the output line rises above the recorded hours needed more work than the time records show: unrecorded overtime or workers?</source>
            <translation>产量曲线高于记录工时的日子，所需工作量超过了考勤记录：是否有未记录的加班或工人？</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hours the output needs (units × SAM ÷ 60)</source>
            <translation>产量所需工时（件数 × SAM ÷ 60）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours in the time records</source>
            <translation>考勤记录工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged days</source>
            <translation>被标记的日期</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labour hours</source>
            <translation>工时</translation>
        </message>
    </context>
    <context>
        <name>FlagFigures</name>
        <message>
            <location filename="../../app/analysis/FigureLabels.cpp" line="+13" />
            <source>After (hours)</source>
            <translation>超过（小时）之后</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age on the first day</source>
            <translation>首日年龄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pairs of answers alike</source>
            <translation>回答相同的访谈对数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The department's usual efficiency</source>
            <translation>部门平时的效率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limits exceeded</source>
            <translation>被突破的上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cap (hours)</source>
            <translation>上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chance in a week</source>
            <translation>每周的偶然概率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share expected by chance</source>
            <translation>偶然情况下的预期比例</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share expected by chance (from the records)</source>
            <translation>偶然情况下的预期比例（据记录）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chi-square</source>
            <translation>卡方值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net pay computed</source>
            <translation>计算所得实发工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day of the year</source>
            <translation>一年中的第几天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days after leaving</source>
            <translation>离职后的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days at the same times</source>
            <translation>时间相同的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days before hire</source>
            <translation>入职前的天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days outside the recorded hours</source>
            <translation>超出记录工时的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with a missing punch</source>
            <translation>漏打卡天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days without a time record</source>
            <translation>无考勤记录的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department-days tested</source>
            <translation>检验的部门·日数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In or out</source>
            <translation>上班或下班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>预期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected by chance</source>
            <translation>偶然情况下的预期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First digits expected</source>
            <translation>预期首位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chance in a week, this factory</source>
            <translation>本工厂每周的偶然概率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median gap in this factory (minutes)</source>
            <translation>本工厂间隔中位数（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day</source>
            <translation>第一天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes compared</source>
            <translation>比较的访谈笔记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pairs of notes alike</source>
            <translation>笔记相似的访谈对数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>起始日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full weeks</source>
            <translation>完整周数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gate events</source>
            <translation>门卫记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held at (hours a week)</source>
            <translation>固定在（每周小时数）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hire date</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours on public holidays</source>
            <translation>法定节假日工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holiday premium</source>
            <translation>节假日加班倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An hour</source>
            <translation>每小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hourly rate</source>
            <translation>小时工资率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours</source>
            <translation>小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In</source>
            <translation>上班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interview</source>
            <translation>访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviewer thought the answers coached</source>
            <translation>访谈员认为回答经过教导</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews</source>
            <translation>访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews compared</source>
            <translation>比较的访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews linked to the register</source>
            <translation>与花名册关联的访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews that say so</source>
            <translation>如此陈述的访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Largest gap (hours)</source>
            <translation>最大间隔（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>最后一天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit (day, week, month or year)</source>
            <translation>上限（日、周、月或年）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit (hours)</source>
            <translation>上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines in the file</source>
            <translation>文件中的行号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean absolute deviation</source>
            <translation>平均绝对偏差</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most days in a row</source>
            <translation>最长连续天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most hours a day for a young worker</source>
            <translation>未成年工每天最多工时</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Most hours a week for a young worker</source>
            <translation>未成年工每周最多工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a day (h)</source>
            <translation>每天加班上限（小时）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overtime limit a month (h)</source>
            <translation>每月加班上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a week (h)</source>
            <translation>每周加班上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a year (h)</source>
            <translation>每年加班上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total limit a day (h)</source>
            <translation>每天总工时上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total limit a week (h)</source>
            <translation>每周总工时上限（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Highest efficiency</source>
            <translation>最高效率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total or overtime</source>
            <translation>总工时或加班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median bonus</source>
            <translation>奖金中位数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median bonus of the other departments that period</source>
            <translation>同期其他部门的奖金中位数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median bonus of the department's other periods</source>
            <translation>该部门其他工资期的奖金中位数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median efficiency</source>
            <translation>效率中位数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum age</source>
            <translation>最低年龄</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum an hour in force (prorated)</source>
            <translation>现行每小时最低工资（按天折算）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage an hour</source>
            <translation>每小时最低工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage by date</source>
            <translation>按日期的最低工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing clock-ins</source>
            <translation>缺少上班打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing clock-outs</source>
            <translation>缺少下班打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most for one worker</source>
            <translation>单个工人最多</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net pay</source>
            <translation>实发工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with night work</source>
            <translation>有夜班的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night hours</source>
            <translation>夜间时段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First digits found</source>
            <translation>实际首位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On round minutes</source>
            <translation>落在整点/半点的打卡</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders of magnitude</source>
            <translation>数量级跨度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>下班</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with overtime</source>
            <translation>有加班的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours</source>
            <translation>加班工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime premium</source>
            <translation>加班工资溢价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime premium tiers</source>
            <translation>加班费档次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime rate</source>
            <translation>加班工资率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>p-value</source>
            <translation>p 值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours paid</source>
            <translation>计薪工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid while under age</source>
            <translation>未达年龄时领取工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid leave and holiday hours</source>
            <translation>带薪假及节假日工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll rows</source>
            <translation>工资表行数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted per</source>
            <translation>计算周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period end</source>
            <translation>期末</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period start</source>
            <translation>期初</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay periods</source>
            <translation>工资周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Premium</source>
            <translation>倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Punches</source>
            <translation>打卡次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio</source>
            <translation>比率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaches the minimum age</source>
            <translation>达到最低年龄的日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the records</source>
            <translation>记录中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours recorded</source>
            <translation>记录工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours recorded</source>
            <translation>记录的加班时数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line in the register</source>
            <translation>花名册中的行号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours</source>
            <translation>正常工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a day</source>
            <translation>每天正常工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a week</source>
            <translation>每周正常工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular pay</source>
            <translation>正常工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular rate</source>
            <translation>正常工资率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rehired under a new number</source>
            <translation>以新工号重新入职</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio due</source>
            <translation>应付倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours on rest days</source>
            <translation>休息日工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest-day premium</source>
            <translation>休息日加班倍数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Round minutes</source>
            <translation>整点分钟</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Rise that counts</source>
            <translation>计入的升幅</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs of days</source>
            <translation>连续工作段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same answers</source>
            <translation>相同回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share counted as serious</source>
            <translation>视为严重的比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of the time rows</source>
            <translation>占考勤记录的比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortfall</source>
            <translation>差额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortfall in all</source>
            <translation>差额合计</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Significance level</source>
            <translation>显著性水平</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standard hours needed</source>
            <translation>所需标准工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Said in the interview</source>
            <translation>访谈中所述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly hours said</source>
            <translation>所述每周工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of leaving</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Similarity of the notes</source>
            <translation>笔记相似度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Threshold (hours)</source>
            <translation>阈值（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time records</source>
            <translation>考勤记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance</source>
            <translation>容差</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance (hours)</source>
            <translation>容差（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance (share)</source>
            <translation>容差（比例）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turns 18</source>
            <translation>年满18岁</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Public holidays not worked (hours)</source>
            <translation>未工作的法定节假日（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week starting</source>
            <translation>周起始日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weeks</source>
            <translation>周数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weeks at the cap</source>
            <translation>达到上限的周数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Worker</source>
            <translation>工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers</source>
            <translation>工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers at that time</source>
            <translation>该时间的工人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers present</source>
            <translation>在场工人</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Days in a window</source>
            <translation>每个窗口的天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Efficiency in the highest window</source>
            <translation>最高窗口的效率</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Workers staying overnight</source>
            <translation>在厂内过夜的工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers sharing it</source>
            <translation>共用的工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers with a birth date</source>
            <translation>有出生日期的工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker below age</source>
            <translation>未成年工年龄上限</translation>
        </message>
        <message>
            <location filename="../../ui/records/FlagExplanation.cpp" line="+40" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>FlagRecords</name>
        <message>
            <location filename="../../app/analysis/FlagRecordLoader.cpp" line="+80" />
            <location line="+113" />
            <location line="+79" />
            <location line="+30" />
            <location line="+85" />
            <source>Worker</source>
            <translation>工人</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+263" />
            <location line="+44" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+308" />
            <source>In</source>
            <translation>上班</translation>
        </message>
        <message>
            <location line="-307" />
            <location line="+308" />
            <source>Out</source>
            <translation>下班</translation>
        </message>
        <message>
            <location line="-307" />
            <source>Break (min)</source>
            <translation>休息（分钟）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+307" />
            <source>Worked (h)</source>
            <translation>工时（小时）</translation>
        </message>
        <message>
            <location line="-288" />
            <location line="+96" />
            <source>Bonus</source>
            <translation>奖金</translation>
        </message>
        <message>
            <location line="-93" />
            <location line="+94" />
            <source>Deductions</source>
            <translation>扣款</translation>
        </message>
        <message>
            <location line="-91" />
            <location line="+89" />
            <source>Overtime pay</source>
            <translation>加班费</translation>
        </message>
        <message>
            <location line="-86" />
            <location line="+89" />
            <source>Net pay</source>
            <translation>实发工资</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+83" />
            <source>Regular pay</source>
            <translation>正常工资</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This check does not point at individual records.</source>
            <translation>此检查不指向具体记录。</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Time records of the flag's %n worker(s) on its %1 day(s).</source>
            <translation>
                <numerusform>该标记涉及的 %n 名工人在 %1 天内的考勤记录。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+79" />
            <source>From</source>
            <translation>起始日</translation>
        </message>
        <message>
            <location line="-78" />
            <location line="+79" />
            <source>To</source>
            <translation>结束日</translation>
        </message>
        <message>
            <location line="-78" />
            <source>Regular (h)</source>
            <translation>正常（小时）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime (h)</source>
            <translation>加班（小时）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hours in time records</source>
            <translation>考勤记录工时</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Regular pay per hour</source>
            <translation>正常时薪</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overtime rate ÷ regular rate</source>
            <translation>加班费率 ÷ 正常费率</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regular + overtime + bonus − deductions</source>
            <translation>正常工资 + 加班费 + 奖金 − 扣款</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payroll rows of the flag's worker(s) in the flagged periods; minimum wage %1 per hour.</source>
            <translation>该标记涉及的工人在被标记周期内的工资记录；最低工资为每小时 %1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payroll rows of the flag's worker(s) in the flagged periods.</source>
            <translation>该标记涉及的工人在被标记周期内的工资记录。</translation>
        </message>
        <message>
            <location line="+50" />
            <source>First digit</source>
            <translation>首位数字</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every amount of %1 above zero in the audit period: the amounts the check tested.</source>
            <translation>审核期间所有大于零的%1金额：即此检查所检验的金额。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Born</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age on %1</source>
            <translation>%1 时年龄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hired</source>
            <translation>入职日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>离职日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <location filename="../../app/analysis/InterviewRecordTable.cpp" line="+67" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Position</source>
            <translation>岗位</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID number on file</source>
            <translation>档案身份证号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register entries of the workers who share one ID number. The number itself is personal data and is not shown.</source>
            <translation>共用同一身份证号的工人的花名册条目。身份证号本身属于个人数据，不予显示。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Register entries of the flag's %n worker(s).</source>
            <translation>
                <numerusform>该标记涉及的 %n 名工人的花名册条目。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>shared by %n workers (hidden)</source>
            <translation>
                <numerusform>%n 名工人共用（已隐藏）</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>on file (hidden)</source>
            <translation>已登记（已隐藏）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Units</source>
            <translation>件数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes per unit (SAM)</source>
            <translation>每件分钟数（SAM）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours the output needs</source>
            <translation>产量所需工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours in time records (department)</source>
            <translation>考勤记录工时（部门）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Production of %1 on the flagged days: units × minutes per unit ÷ 60 against the hours the department's time records show that day.</source>
            <translation>%1 在被标记日期的产量：件数 × 每件分钟数 ÷ 60，对照该部门当天考勤记录的工时。</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Gate events beside the time records of the flagged days: on site before the first punch or after the last one.</source>
            <translation>被标记日期的门卫记录与考勤记录对照：第一次打卡前或最后一次打卡后仍在厂内。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>time card</source>
            <translation>考勤卡</translation>
        </message>
        <message>
            <location line="+21" />
            <source>gate in</source>
            <translation>进门</translation>
        </message>
        <message>
            <location line="+0" />
            <source>gate out</source>
            <translation>出门</translation>
        </message>
        <message>
            <location filename="../../app/analysis/InterviewRecordTable.cpp" line="-41" />
            <source>group</source>
            <translation>集体访谈</translation>
        </message>
        <message>
            <location line="+0" />
            <source>individual</source>
            <translation>个别访谈</translation>
        </message>
        <message>
            <location line="+5" />
            <source>off site</source>
            <translation>厂外</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on site</source>
            <translation>厂内</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1: said %2, records %3</source>
            <translation>%1：自述 %2，记录 %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Interview</source>
            <translation>访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>地点</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stated hours a week</source>
            <translation>自述每周工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated rest days a week</source>
            <translation>自述每周休息日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated monthly pay</source>
            <translation>自述月工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated deductions</source>
            <translation>自述扣款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime voluntary</source>
            <translation>加班自愿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coaching suspected</source>
            <translation>疑似受教导</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contradicts the records</source>
            <translation>与记录矛盾</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Structured answers of the interviews the flag names, by pseudonym. Who said what and the interview notes are personal data and are not shown.</source>
            <translation>该标记所列访谈的结构化回答，按化名列出。谁说了什么以及访谈记录属于个人数据，不予显示。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+52" />
            <source>interview form</source>
            <translation>访谈表</translation>
        </message>
    </context>
    <context>
        <name>FlagStore</name>
        <message>
            <location filename="../../app/analysis/FlagStore.cpp" line="+36" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Could not save the analysis</source>
            <translation>无法保存分析结果</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no audit %1 in the store</source>
            <translation>存储文件中没有审核 %1</translation>
        </message>
        <message>
            <location line="+161" />
            <source>Could not confirm the flag</source>
            <translation>无法确认该标记</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the finding needs a title</source>
            <translation>审核发现需要标题</translation>
        </message>
        <message>
            <location filename="../../app/analysis/FlagDetailQuery.cpp" line="+24" />
            <location filename="../../app/analysis/FlagStore.cpp" line="-10" />
            <location line="+21" />
            <location line="+75" />
            <source>no flag %1 in the store</source>
            <translation>存储文件中没有标记 %1</translation>
        </message>
        <message>
            <location filename="../../app/analysis/FlagStore.cpp" line="-13" />
            <source>Could not dismiss the flag</source>
            <translation>无法驳回该标记</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a dismissal needs a reason</source>
            <translation>驳回需要说明理由</translation>
        </message>
    </context>
    <context>
        <name>InterviewForm</name>
        <message>
            <location filename="../../ui/interviews/InterviewForm.cpp" line="+84" />
            <source>"%1" is not a number</source>
            <translation>“%1”不是数字</translation>
        </message>
    </context>
    <context>
        <name>InterviewLoader</name>
        <message>
            <location filename="../../app/analysis/InterviewLoader.cpp" line="+28" />
            <source>Could not read the interviews: %1</source>
            <translation>无法读取访谈：%1</translation>
        </message>
    </context>
    <context>
        <name>InterviewPlanStore</name>
        <message>
            <location filename="../../app/interviews/InterviewPlanStore.cpp" line="+64" />
            <source>No audit with id %1</source>
            <translation>没有编号为 %1 的审核</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+5" />
            <location line="+34" />
            <location line="+16" />
            <source>Could not read the interview plan: %1</source>
            <translation>无法读取访谈计划：%1</translation>
        </message>
        <message>
            <location line="-40" />
            <source>interview_plans %1, rule_json: %2</source>
            <translation>interview_plans %1，rule_json：%2</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Could not add worker %1 to the interview plan: %2</source>
            <translation>无法将工人 %1 加入访谈计划：%2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The register of this audit is empty: import workers.csv before drawing the sample.</source>
            <translation>此审核的花名册为空：请先导入 workers.csv 再抽样。</translation>
        </message>
        <message>
            <location line="+105" />
            <source>The interview plan vanished after drawing it</source>
            <translation>访谈计划在抽样后消失了</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown reason "%1" for leaving a worker out (expected one of: %2)</source>
            <translation>排除工人的原因“%1”未知（应为以下之一：%2）</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This audit has no interview plan yet: draw the sample first.</source>
            <translation>此审核还没有访谈计划：请先抽样。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Worker %1 is not in the interview plan</source>
            <translation>工人 %1 不在访谈计划中</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The interview plan vanished</source>
            <translation>访谈计划消失了</translation>
        </message>
    </context>
    <context>
        <name>InterviewQuestions</name>
        <message>
            <location filename="../../app/interviews/InterviewQuestions.cpp" line="+73" />
            <location line="+19" />
            <source>Could not read the interview questions: %1</source>
            <translation>无法读取访谈问题：%1</translation>
        </message>
    </context>
    <context>
        <name>InterviewRegister</name>
        <message>
            <location filename="../../app/interviews/InterviewRegister.cpp" line="+54" />
            <source>Could not count the register: %1</source>
            <translation>无法统计花名册：%1</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+12" />
            <source>Could not read the time records: %1</source>
            <translation>无法读取考勤记录：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+23" />
            <source>Could not read the register: %1</source>
            <translation>无法读取花名册：%1</translation>
        </message>
    </context>
    <context>
        <name>InterviewStore</name>
        <message>
            <location filename="../../app/interviews/InterviewStore.cpp" line="+106" />
            <source>Personal data is locked: unlock it (with your passphrase) to write interview notes or the link to the register.</source>
            <translation>个人数据已锁定：请（用您的口令）解锁后再填写访谈记录或与花名册的关联。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No interview with id %1</source>
            <translation>没有编号为 %1 的访谈</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Unknown interview kind "%1" (expected worker or management)</source>
            <translation>未知的访谈类别“%1”（应为 worker 或 management）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown interview format "%1" (expected individual or group)</source>
            <translation>未知的访谈形式“%1”（应为 individual 或 group）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No audit with id %1</source>
            <translation>没有编号为 %1 的审核</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Could not create the interview: %1</source>
            <translation>无法创建访谈：%1</translation>
        </message>
        <message>
            <location line="+60" />
            <source>interviews.%1 is personal data: it is written sealed, never as a plain field</source>
            <translation>interviews.%1 属于个人数据：只能加密写入，不能作为普通字段写入</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interviews.%1 is not an editable field</source>
            <translation>interviews.%1 不是可编辑的字段</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Interview %1, %2: "%3" is not valid (%4)</source>
            <translation>访谈 %1，%2：“%3”无效（%4）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interview %1: pay and hours statements belong to worker interviews</source>
            <translation>访谈 %1：工资和工时的陈述只属于工人访谈</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interview %1 is a group interview: pay and hours are never discussed in group interviews</source>
            <translation>访谈 %1 是集体访谈：集体访谈中绝不讨论工资和工时</translation>
        </message>
        <message>
            <location line="+6" />
            <source>individual or group</source>
            <translation>individual 或 group</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Interview %1 has answers about pay or hours: clear them before making it a group interview (pay and hours are never discussed in groups)</source>
            <translation>访谈 %1 有关于工资或工时的回答：请先清除这些回答，再改为集体访谈（集体访谈中绝不讨论工资和工时）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>a group interview has 2 to 50 participants</source>
            <translation>集体访谈有 2 至 50 名参与者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an individual interview has 1</source>
            <translation>个别访谈只有 1 人</translation>
        </message>
        <message>
            <location line="+4" />
            <source>on_site or off_site</source>
            <translation>on_site 或 off_site</translation>
        </message>
        <message>
            <location line="+4" />
            <source>F, M or X</source>
            <translation>F、M 或 X</translation>
        </message>
        <message>
            <location line="+21" />
            <source>yes (1), no (0) or not recorded</source>
            <translation>是 (1)、否 (0) 或未记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>hours in a week, 0 to 168</source>
            <translation>每周小时数，0 至 168</translation>
        </message>
        <message>
            <location line="+4" />
            <source>days in a week, 0 to 7</source>
            <translation>每周天数，0 至 7</translation>
        </message>
        <message>
            <location line="+4" />
            <source>an amount of money, 0 or more</source>
            <translation>金额，大于或等于 0</translation>
        </message>
        <message>
            <location line="+5" />
            <source>YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
            <translation>YYYY-MM-DD 或 YYYY-MM-DD HH:MM</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+28" />
            <source>%1.%2 is not a personal-data field</source>
            <translation>%1.%2 不是个人数据字段</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Interview %1, question %2: %3</source>
            <translation>访谈 %1，问题 %2：%3</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Question %1: "%2" is not an answer (expected yes, no or unclear)</source>
            <translation>问题 %1：“%2”不是有效回答（应为 yes、no 或 unclear）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interview %1 is a group interview: question %2 is about pay or hours, which are never discussed in group interviews</source>
            <translation>访谈 %1 是集体访谈：问题 %2 涉及工资或工时，集体访谈中绝不讨论这些内容</translation>
        </message>
    </context>
    <context>
        <name>InterviewVocabulary</name>
        <message>
            <location filename="../../app/interviews/InterviewVocabulary.cpp" line="+120" />
            <source>under 18</source>
            <translation>未满18岁</translation>
        </message>
        <message>
            <location line="+3" />
            <source>18–24</source>
            <translation>18–24岁</translation>
        </message>
        <message>
            <location line="+3" />
            <source>25–34</source>
            <translation>25–34岁</translation>
        </message>
        <message>
            <location line="+3" />
            <source>35–44</source>
            <translation>35–44岁</translation>
        </message>
        <message>
            <location line="+3" />
            <source>45 and over</source>
            <translation>45岁及以上</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <location line="+14" />
            <location line="+14" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location line="-39" />
            <source>under 3 months</source>
            <translation>不足3个月</translation>
        </message>
        <message>
            <location line="+3" />
            <source>3–12 months</source>
            <translation>3–12个月</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1–3 years</source>
            <translation>1–3年</translation>
        </message>
        <message>
            <location line="+3" />
            <source>3 years or more</source>
            <translation>3年及以上</translation>
        </message>
        <message>
            <location line="+8" />
            <source>day</source>
            <translation>白班</translation>
        </message>
        <message>
            <location line="+3" />
            <source>evening</source>
            <translation>中班</translation>
        </message>
        <message>
            <location line="+3" />
            <source>night</source>
            <translation>夜班</translation>
        </message>
        <message>
            <location line="+8" />
            <source>female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+3" />
            <source>male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+3" />
            <source>other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+8" />
            <source>General manager</source>
            <translation>总经理</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Human resources (HR)</source>
            <translation>人力资源 (HR)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Production</source>
            <translation>生产</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health and safety (H&amp;S)</source>
            <translation>健康与安全 (H&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payroll and finance</source>
            <translation>薪资与财务</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Social compliance</source>
            <translation>社会责任合规</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+6" />
            <source>absent today</source>
            <translation>今天缺勤</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no longer works here</source>
            <translation>已离职</translation>
        </message>
        <message>
            <location line="+3" />
            <source>declined to be interviewed</source>
            <translation>拒绝接受访谈</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interview could put the worker at risk</source>
            <translation>访谈可能给工人带来风险</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other reason</source>
            <translation>其他原因</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unclear</source>
            <translation>不清楚</translation>
        </message>
        <message>
            <location line="+7" />
            <source>group</source>
            <translation>集体访谈</translation>
        </message>
        <message>
            <location line="+0" />
            <source>individual</source>
            <translation>个别访谈</translation>
        </message>
        <message>
            <location line="+5" />
            <source>off-site</source>
            <translation>厂外</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on-site</source>
            <translation>厂内</translation>
        </message>
        <message>
            <location line="+6" />
            <source>young worker (under 18)</source>
            <translation>未成年工（未满18岁）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>recent hire (under 3 months)</source>
            <translation>新员工（入职不足3个月）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>so that every large group is heard</source>
            <translation>确保每个大群体都有人受访</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replaces an excluded worker</source>
            <translation>替补被排除的工人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>random, by group size</source>
            <translation>按群体人数随机抽取</translation>
        </message>
    </context>
    <context>
        <name>MeetingAgenda</name>
        <message>
            <location filename="../../app/fieldwork/MeetingAgenda.cpp" line="+20" />
            <source>Introduce the audit team and the management representatives</source>
            <translation>介绍审核组和管理层代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the scope, the code(s) and the audit plan</source>
            <translation>说明审核范围、适用守则和审核计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explain confidentiality and that no worker may be punished for talking to auditors</source>
            <translation>说明保密原则，以及任何工人都不得因与审核员交谈而受到处罚</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agree on the interview rooms and that workers are chosen by the auditors</source>
            <translation>商定访谈场所，并确认受访工人由审核员选定</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Request the records for the review period (time cards, payroll, personnel files)</source>
            <translation>索取审核期间的记录（考勤卡、工资表、人事档案）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the contact person and the worker representative</source>
            <translation>确定联络人和工人代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the attendance list</source>
            <translation>记录与会人员名单</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thank the management and the workers for their cooperation</source>
            <translation>感谢管理层和工人的配合</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Present every finding with its clause and evidence</source>
            <translation>逐项介绍审核发现及其条款和证据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let management clarify or dispute findings; note disagreements</source>
            <translation>请管理层澄清或提出异议；记录分歧</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agree on corrective actions, responsible persons and due dates</source>
            <translation>商定纠正措施、负责人和截止日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind management that retaliation against interviewed workers is forbidden</source>
            <translation>提醒管理层禁止对受访工人打击报复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the report, follow-up audit and timeline</source>
            <translation>说明报告、跟进审核和时间安排</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Obtain the signature of the management representative</source>
            <translation>请管理层代表签字</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <location filename="../../app/sync/PackageScope.cpp" line="+62" />
            <source>%1: refused, nothing was imported: %2</source>
            <translation>%1：已拒绝，未导入任何内容：%2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>audit.json names no audit</source>
            <translation>audit.json 未指明审核</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the manifest names audit %1 and audit.json audit %2</source>
            <translation>清单指明审核 %1，而 audit.json 指明审核 %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unknown table %1</source>
            <translation>未知的表 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table %1 is not a list of rows</source>
            <translation>表 %1 不是行列表</translation>
        </message>
        <message>
            <location line="+6" />
            <source>table %1, row %2 is not an object</source>
            <translation>表 %1 第 %2 行不是对象</translation>
        </message>
        <message>
            <location line="+6" />
            <source>table audits must hold exactly one row, the package's audit %1</source>
            <translation>audits 表必须只有一行，即包内的审核 %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>table facilities must hold exactly one row, the audit's facility %1</source>
            <translation>facilities 表必须只有一行，即该审核的工厂 %1</translation>
        </message>
        <message>
            <location line="+36" />
            <source>audit %1 was deleted in this store (%2); an older package does not bring it back</source>
            <translation>审核 %1 已在本数据库中删除（%2）；较早的包不会使其恢复</translation>
        </message>
        <message>
            <location line="+37" />
            <source>table %1, row %2 (uuid %3)</source>
            <translation>表 %1 第 %2 行（uuid %3）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table %1, row %2</source>
            <translation>表 %1 第 %2 行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 carries a local id (column id); packages never do</source>
            <translation>%1 带有本地 id（id 列）；包中绝不应有</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 carries column %2, which packages never carry</source>
            <translation>%1 带有列 %2，包中绝不应有此列</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no uuid</source>
            <translation>%1 没有 uuid</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 appears twice</source>
            <translation>%1 出现了两次</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2 is not a uuid</source>
            <translation>%1：%2 不是 uuid</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2 points at %3 %4, which is not a row of this package's audit</source>
            <translation>%1：%2 指向 %3 %4，它不属于本包的审核</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 does not say which %2 it belongs to (%3 is empty)</source>
            <translation>%1 未说明属于哪个 %2（%3 为空）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is an entry of audit %2, not of the package's audit</source>
            <translation>%1 是审核 %2 的记录，不属于本包的审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the actor is empty, too long or has control characters</source>
            <translation>%1：操作人为空、过长或含控制字符</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: "at" is not a date and time</source>
            <translation>%1："at" 不是日期时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is dated %2, after the package was signed (%3)</source>
            <translation>%1 的日期为 %2，晚于包的签名时间（%3）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is dated %2, before the audit was created (%3)</source>
            <translation>%1 的日期为 %2，早于审核创建时间（%3）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 names no row</source>
            <translation>%1 未指明任何行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is about %2 %3, a row of another audit in this store</source>
            <translation>%1 涉及 %2 %3，它是本数据库中另一审核的行</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <source>%1 is a row of another audit in this store</source>
            <translation>%1 是本数据库中另一审核的行</translation>
        </message>
        <message>
            <location line="-10" />
            <source>deletion %1 (%2 %3)</source>
            <translation>删除记录 %1（%2 %3）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not name a row of an audit table with its date</source>
            <translation>%1 未指明审核表中的行及其日期</translation>
        </message>
        <message>
            <location filename="../../app/sync/AuditPackage.cpp" line="+50" />
            <source>No audit %1 in this store.</source>
            <translation>此存储文件中没有审核 %1。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose head office's encryption key to seal personal data for it.</source>
            <translation>请选择总部的加密密钥，以便为总部加密个人数据。</translation>
        </message>
        <message>
            <location line="+105" />
            <location line="+57" />
            <location filename="../../app/sync/PackageVerifier.cpp" line="+48" />
            <location line="+32" />
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+9" />
            <source>%1: cannot write: %2</source>
            <translation>%1：无法写入：%2</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+9" />
            <source>%1: cannot write the signature: %2</source>
            <translation>%1：无法写入签名：%2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1: no signature beside it (%2.minisig): refused</source>
            <translation>%1：旁边没有签名文件（%2.minisig）：拒绝导入</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+16" />
            <location line="+9" />
            <location filename="../../app/sync/PackageMerge.cpp" line="+319" />
            <source>%1: refused: %2</source>
            <translation>%1：拒绝：%2</translation>
        </message>
        <message>
            <location line="-14" />
            <source>%1: refused: the given key claims id %2, which this store knows as "%3" with a different public key</source>
            <translation>%1：已拒绝：所给密钥声称 id 为 %2，而本数据库中该 id 为“%3”，公钥不同</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../app/sync/PackageVerifier.cpp" line="+18" />
            <source>one-time key %1 (not in this store's trust list)</source>
            <translation>一次性密钥 %1（不在本数据库的信任列表中）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: refused, the package was tampered with: %2</source>
            <translation>%1：拒绝，数据包已被篡改：%2</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageMerge.cpp" line="+5" />
            <source>%1: refused: no audit.json in the package</source>
            <translation>%1：拒绝：数据包中没有 audit.json</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: refused: audit.json format %2 is not supported</source>
            <translation>%1：拒绝：不支持 audit.json 格式 %2</translation>
        </message>
        <message>
            <location line="+107" />
            <source>%1: refused: a conflict with no audit</source>
            <translation>%1：已拒绝：冲突不属于任何审核</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1: refused: unknown column %2.%3</source>
            <translation>%1：拒绝：未知的列 %2.%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: refused: %2.%3: %4</source>
            <translation>%1：拒绝：%2.%3：%4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: refused: %2.%3 is sealed but is not a personal-data column here</source>
            <translation>%1：拒绝：%2.%3 已加密，但在此处不是个人数据列</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: refused: an evidence file is missing</source>
            <translation>%1：拒绝：缺少一个证据文件</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Interview %1 is %2 here (another auditor's interview is %1)</source>
            <translation>访谈 %1 在此改为 %2（另一位审核员的访谈编号为 %1）</translation>
        </message>
        <message>
            <location line="+95" />
            <source>%1: %2 could not be merged: %3</source>
            <translation>%1：%2 无法合并：%3</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageContainer.cpp" line="+51" />
            <source>not a Fieldbook package</source>
            <translation>不是 Fieldbook 数据包</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package manifest is cut short</source>
            <translation>数据包清单被截断</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package manifest is damaged: %1</source>
            <translation>数据包清单已损坏：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>package format %1 is not supported (this version reads %2)</source>
            <translation>不支持数据包格式 %1（此版本读取 %2）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entry "%1" is cut short</source>
            <translation>条目“%1”被截断</translation>
        </message>
        <message>
            <location line="+7" />
            <source>entry "%1" does not match its SHA-256</source>
            <translation>条目“%1”与其 SHA-256 不符</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package has %1 unexpected bytes at the end</source>
            <translation>数据包末尾有 %1 个多余的字节</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageExporter.cpp" line="+15" />
            <source>Choose where to write the package.</source>
            <translation>请选择数据包的保存位置。</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageVerifier.cpp" line="-71" />
            <source>this store's auditor key "%1"</source>
            <translation>此存储文件的审核员密钥“%1”</translation>
        </message>
        <message>
            <location line="+5" />
            <source>trusted key "%1"</source>
            <translation>受信任的密钥“%1”</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: cannot read the signature: %2</source>
            <translation>%1：无法读取签名：%2</translation>
        </message>
        <message>
            <location line="+35" />
            <source>key file %1</source>
            <translation>密钥文件 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the key file claims id %1, which this store knows as "%2" with a different public key</source>
            <translation>密钥文件声称 id 为 %1，而本数据库中该 id 为“%2”，公钥不同</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No public key to verify with: give the signer's key file.</source>
            <translation>没有用于验证的公钥：请提供签名者的密钥文件。</translation>
        </message>
        <message>
            <location filename="../../app/sync/PersonalDataReseal.cpp" line="+53" />
            <source>personal_data_columns names '%1.%2': not a column of this store; left out</source>
            <translation>personal_data_columns 指明“%1.%2”：不是本数据库的列；已略过</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Unlock the store's personal data first.</source>
            <translation>请先解锁存储文件中的个人数据。</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1.%2 row %3: a value sealed with this store's key does not open; left as it is</source>
            <translation>%1.%2 第 %3 行：用本数据库密钥加密的值无法打开；保持原样</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1.%2 row %3: a value sealed for key %4 does not open with it; left sealed</source>
            <translation>%1.%2 第 %3 行：为密钥 %4 加密的值无法用其打开；保持加密</translation>
        </message>
        <message>
            <location filename="../../app/sync/PersonalValueCodec.cpp" line="+67" />
            <source>Personal data is locked: unlock it with the store's passphrase to seal it for head office, or leave it out of the package.</source>
            <translation>个人数据已锁定：请用存储文件的口令解锁后为总部加密，或不将其放入数据包。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 cannot be opened with this store's personal-data key: it was not sealed here, or it is damaged. Leave personal data out of this package.</source>
            <translation>无法用此存储文件的个人数据密钥打开 %1：它不是在这里加密的，或已损坏。请不要在此数据包中包含个人数据。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 could not be sealed for head office.</source>
            <translation>无法为总部加密 %1。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>a personal-data value is not sealed</source>
            <translation>有个人数据值未加密</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a sealed personal-data value is damaged</source>
            <translation>有已加密的个人数据值已损坏</translation>
        </message>
        <message>
            <location line="+13" />
            <source>a sealed personal-data value does not open with the key it names</source>
            <translation>有已加密的个人数据值无法用其指定的密钥打开</translation>
        </message>
    </context>
    <context>
        <name>PackageVerificationText</name>
        <message>
            <location filename="../../ui/signing/PackageVerificationText.cpp" line="+19" />
            <source>the signer</source>
            <translation>签名者</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not valid — the file was changed or the signature is wrong: %1</source>
            <translation>无效 — 文件已被修改或签名错误：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not verified — unknown signer: %1</source>
            <translation>未验证 — 未知的签名者：%1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not verified: %1</source>
            <translation>未验证：%1</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Valid, but checked with a one-time key that this store does not trust (fingerprint %1): compare the fingerprint with the signer by phone or in person before relying on it. A key file sent with the package proves nothing.</source>
            <translation>有效，但使用的是本数据库不信任的一次性密钥（指纹 %1）：在依赖它之前，请通过电话或当面与签名人核对指纹。随包发送的密钥文件不能证明任何事情。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid: every byte is as signed with the key this store calls "%1".</source>
            <translation>有效：每个字节都与本数据库称为“%1”的密钥所签名的一致。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key</source>
            <translation>密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(not in this store)</source>
            <translation>（不在本数据库中）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (id %2)</source>
            <translation>%1（编号 %2）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fingerprint</source>
            <translation>指纹</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signer named in the signature (a claim)</source>
            <translation>签名中声称的签名人（仅为声称）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checked with</source>
            <translation>验证所用</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed</source>
            <translation>签名时间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted comment</source>
            <translation>可信注释</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contents</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit %1, format %2, evidence files: %3, PDF report: %4</source>
            <translation>审核 %1，格式 %2，证据文件：%3，PDF 报告：%4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>有</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>个人数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sealed for %1 (%2)</source>
            <translation>已为 %1 加密（%2）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left out</source>
            <translation>未包含</translation>
        </message>
    </context>
    <context>
        <name>PhaseNotes</name>
        <message>
            <location filename="../../app/fieldwork/PhaseNotes.cpp" line="+25" />
            <source>Audit %1 does not exist.</source>
            <translation>审核 %1 不存在。</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../ui/pages/PlanPage.cpp" line="+43" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
    </context>
    <context>
        <name>PunchFileParser</name>
        <message>
            <location filename="../../app/records/PunchFileParser.cpp" line="+48" />
            <source>no column gives the punch's moment: map timestamp (a date-time column), or date and time</source>
            <translation>没有列给出打卡时刻：请映射 timestamp（日期时间列），或 date 和 time</translation>
        </message>
        <message>
            <location line="+62" />
            <source>unknown check type '%1' (in/out words such as Check In, Check Out, C/In, C/Out, I, O, Break Out, Break In, OverTime In, OverTime Out)</source>
            <translation>未知的打卡类型“%1”（应为进/出词语，例如 Check In、Check Out、C/In、C/Out、I、O、Break Out、Break In、OverTime In、OverTime Out）</translation>
        </message>
    </context>
    <context>
        <name>RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/FlagExplanation.cpp" line="+47" />
            <source>Severity:</source>
            <translation>严重程度：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses:</source>
            <translation>条款：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Workers (%1):</source>
            <translation>工人（%1）：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Days (%1):</source>
            <translation>天数（%1）：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismissed:</source>
            <translation>已驳回：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirmed: see Findings.</source>
            <translation>已确认：见“审核发现”。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The figures behind it:</source>
            <translation>相关数据：</translation>
        </message>
        <message>
            <location filename="../../ui/records/FlagDetailPanel.cpp" line="+104" />
            <source>&amp;Confirm as finding…</source>
            <translation>确认为审核发现(&amp;C)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dismiss…</source>
            <translation>驳回(&amp;D)…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&lt;p&gt;No flags yet. Import the records and run the analysis.&lt;/p&gt;</source>
            <translation>&lt;p&gt;还没有标记。请导入记录并运行分析。&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordDirectoryReader</name>
        <message>
            <location filename="../../app/records/RecordDirectoryReader.cpp" line="+34" />
            <source>... and %1 more</source>
            <translation>……另有 %1 条</translation>
        </message>
        <message>
            <location line="+7" />
            <source>... and %1 more (not kept: only the first %2 of a file are)</source>
            <translation>……另有 %1 条（未保留：每个文件只保留前 %2 条）</translation>
        </message>
        <message>
            <location line="+152" />
            <source>unknown kind of record file '%1'</source>
            <translation>未知的记录文件类型“%1”</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot open: %1</source>
            <translation>无法打开：%1</translation>
        </message>
        <message>
            <location line="+123" />
            <source>%1: not a folder</source>
            <translation>%1：不是文件夹</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 holds no record file (workers.csv, time_records.csv, payroll.csv, production.csv, gate_log.csv, punches.csv or *_attlog.dat)</source>
            <translation>%1 中没有记录文件（workers.csv、time_records.csv、payroll.csv、production.csv、gate_log.csv、punches.csv 或 *_attlog.dat）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no record file to read</source>
            <translation>没有可读取的记录文件</translation>
        </message>
    </context>
    <context>
        <name>RecordFileHead</name>
        <message>
            <location filename="../../app/records/RecordFileHead.cpp" line="+65" />
            <source>cannot open: %1</source>
            <translation>无法打开：%1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
    </context>
    <context>
        <name>RecordFileParser</name>
        <message>
            <location filename="../../app/records/PayrollFileParser.cpp" line="+62" />
            <source>period_end before period_start</source>
            <translation>period_end 早于 period_start</translation>
        </message>
        <message>
            <location line="+5" />
            <source>pay period of %1 days: longer than two months (%2 days)</source>
            <translation>工资周期为 %1 天：超过两个月（%2 天）</translation>
        </message>
        <message>
            <location filename="../../app/records/RecordFileParser.cpp" line="+109" />
            <source>the file is empty (no header row)</source>
            <translation>文件为空（没有表头行）</translation>
        </message>
        <message>
            <location line="+101" />
            <source>%1 '%2'</source>
            <translation>%1“%2”</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+27" />
            <source>control character (such as NUL) in an id</source>
            <translation>编号中含控制字符（如 NUL）</translation>
        </message>
        <message>
            <location line="-22" />
            <source>required cell is empty</source>
            <translation>必填单元格为空</translation>
        </message>
        <message>
            <location line="+25" />
            <source>id longer than %1 bytes</source>
            <translation>编号超过 %1 字节</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unparseable date (expected YYYY-MM-DD or day/month/year)</source>
            <translation>无法解析的日期（应为 YYYY-MM-DD 或 日/月/年）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unparseable date (expected YYYY-MM-DD or month/day/year)</source>
            <translation>无法解析的日期（应为 YYYY-MM-DD 或 月/日/年）</translation>
        </message>
        <message>
            <location line="+72" />
            <source>"%1" is not an amount</source>
            <translation>“%1”不是金额</translation>
        </message>
        <message>
            <location filename="../../app/records/TimeRecordsFileParser.cpp" line="+107" />
            <source>time_out equals time_in</source>
            <translation>time_out 与 time_in 相同</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+11" />
            <source>the break is longer than the segment: negative hours</source>
            <translation>休息时间比该时段还长：工时为负</translation>
        </message>
        <message>
            <location filename="../../app/records/WorkersFileParser.cpp" line="+74" />
            <source>worker id '%1' appears twice in the register</source>
            <translation>工号“%1”在花名册中出现两次</translation>
        </message>
        <message>
            <location line="+9" />
            <source>termination date before the hire date</source>
            <translation>离职日期早于入职日期</translation>
        </message>
    </context>
    <context>
        <name>RecordImportCheck</name>
        <message>
            <location filename="../../app/records/RecordImportCheck.h" line="+36" />
            <source>The check was cancelled.</source>
            <translation>检查已取消。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) cannot be read as they stand (see the issues): fix or remove them first.</source>
            <translation>
                <numerusform>有 %n 个文件无法按原样读取（见问题列表）：请先修正或移除。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is nothing to import.</source>
            <translation>没有可导入的内容。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s): importing all or nothing, nothing can be imported. Fix the files, or import the good rows and quarantine the bad ones.</source>
            <translation>
                <numerusform>%n 行有错误：当前为全部导入或全不导入，因此无法导入。请修正文件，或只导入正确的行并隔离错误的行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordImportSession</name>
        <message>
            <location filename="../../app/records/RecordImportSession.cpp" line="+46" />
            <source>no audit with id %1</source>
            <translation>没有编号为 %1 的审核</translation>
        </message>
        <message>
            <location line="+147" />
            <source>the workbook has no sheet holding values</source>
            <translation>该工作簿没有包含数据的工作表</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 has no sheet named "%2"; its sheets: %3</source>
            <translation>%1 中没有名为“%2”的工作表；其工作表为：%3</translation>
        </message>
        <message>
            <location line="+161" />
            <source>'%1' is not a kind of CSV record file (%2)</source>
            <translation>“%1”不是 CSV 记录文件的类型（%2）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 has no column '%2' (its columns: %3)</source>
            <translation>%1 没有“%2”列（其列为：%3）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 has no column headed '%2' (its header: %3)</source>
            <translation>%1 没有表头为“%2”的列（其表头：%3）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a mapping for %1 was given, but no file of that kind was chosen</source>
            <translation>给出了 %1 的列对应关系，但没有选择该类型的文件</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add at least one record file.</source>
            <translation>请至少添加一个记录文件。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: choose what kind of records it holds (or remove it).</source>
            <translation>%1：请选择其记录类型（或将其移除）。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Only one personnel register can be imported at a time: %1 are all registers.</source>
            <translation>一次只能导入一份员工花名册：%1 都是花名册。</translation>
        </message>
        <message>
            <location line="+27" />
            <source>timestamp (or date and time)</source>
            <translation>timestamp（或 date 和 time）</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: required column(s) not mapped: %2</source>
            <translation>%1：必需的列未对应：%2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: the column "%2" is chosen for both %3 and %4</source>
            <translation>%1：“%2”列同时被选为 %3 和 %4</translation>
        </message>
        <message>
            <location line="+116" />
            <source>from the file name</source>
            <translation>根据文件名</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from its lines</source>
            <translation>根据文件内容</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from its header</source>
            <translation>根据表头</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>chosen</source>
            <translation>手动选择</translation>
        </message>
        <message>
            <location line="-17" />
            <source>from the sheet's name</source>
            <translation>根据工作表名称</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location line="+7" />
            <source>same name</source>
            <translation>名称相同</translation>
        </message>
        <message>
            <location line="+2" />
            <source>saved for this facility</source>
            <translation>本工厂已保存</translation>
        </message>
        <message>
            <location line="+2" />
            <source>similar name</source>
            <translation>名称相近</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not in the file</source>
            <translation>文件中没有</translation>
        </message>
        <message>
            <location filename="../../app/records/RecordPreviewReader.cpp" line="+37" />
            <source>Choose what kind of records the file holds to see how it will be read.</source>
            <translation>请选择文件的记录类型，以查看它将如何被读取。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+87" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location line="-26" />
            <source>the file is empty</source>
            <translation>文件为空</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <location filename="../../app/records/RecordKinds.cpp" line="+78" />
            <source>Personnel register</source>
            <translation>员工花名册</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time cards</source>
            <translation>考勤卡</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payroll</source>
            <translation>工资表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Production output</source>
            <translation>产量记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gate log</source>
            <translation>门卫记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time clock log (ZKTeco)</source>
            <translation>考勤机记录（ZKTeco）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time clock punches (one row per punch)</source>
            <translation>考勤机打卡（每次打卡一行）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown: choose a kind</source>
            <translation>未知：请选择类型</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>RecordStore</name>
        <message>
            <location filename="../../app/records/RecordStore.cpp" line="+176" />
            <source>import failed while writing %1: %2</source>
            <translation>写入 %1 时导入失败：%2</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+41" />
            <source>no audit with id %1</source>
            <translation>没有编号为 %1 的审核</translation>
        </message>
        <message>
            <location line="-17" />
            <source>import cancelled: nothing was written</source>
            <translation>导入已取消：未写入任何内容</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n bad row(s): nothing was imported (import the good rows with quarantine mode)
</source>
            <translation>
                <numerusform>%n 行有错误：未导入任何数据（可用隔离模式导入正确的行）
</numerusform>
            </translation>
        </message>
        <message>
            <location line="+646" />
            <source>cannot read the audit's records: %1</source>
            <translation>无法读取该审核的记录：%1</translation>
        </message>
    </context>
    <context>
        <name>RecordWriter</name>
        <message>
            <location filename="../../app/demo/RecordWriter.cpp" line="+21" />
            <source>cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <location line="+219" />
            <source>cannot create the folder %1</source>
            <translation>无法创建文件夹 %1</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../app/report/ReportBuilder.cpp" line="+108" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/report/ReportCharts.cpp" line="+82" />
            <source>not assessed</source>
            <translation>未评估</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+47" />
            <location line="+2" />
            <location line="+6" />
            <location line="+245" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-297" />
            <source>d MMMM yyyy</source>
            <extracomment>Date format of the report (QDate::toString): day and month order differ between languages.</extracomment>
            <translation>yyyy年M月d日</translation>
        </message>
        <message>
            <location line="+7" />
            <source>d MMM yyyy HH:mm</source>
            <extracomment>Date and time format of the page footer (QDateTime::toString).</extracomment>
            <translation>yyyy年M月d日 HH:mm</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unsigned draft</source>
            <translation>未签名草稿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signing key %1</source>
            <translation>签名密钥 %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated %1 · %2</source>
            <translation>生成于 %1 · %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SOCIAL COMPLIANCE AUDIT REPORT</source>
            <translation>社会责任合规审核报告</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Facility</source>
            <translation>工厂</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headcount</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit dates</source>
            <translation>审核日期</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Records period reviewed</source>
            <translation>审查的记录期间</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit type</source>
            <translation>审核类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes of conduct</source>
            <translation>行为守则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>审核范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announcement</source>
            <translation>通知方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit paid by</source>
            <translation>审核费用支付方</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Audit team</source>
            <translation>审核组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No team recorded</source>
            <translation>未记录审核组</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit reference %1. This report contains no worker names, identity numbers or interview statements; interviews are summarised in figures only.</source>
            <translation>审核编号 %1。本报告不包含工人姓名、身份证号或访谈陈述；访谈仅以数字汇总。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not compliant: critical or priority findings require immediate action.</source>
            <translation>不符合：关键或优先审核发现需要立即采取行动。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Major non-compliances found: a corrective action plan is required.</source>
            <translation>发现严重不符合项：需要制定纠正措施计划。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Generally compliant, with minor findings to correct.</source>
            <translation>总体符合，有轻微审核发现需要纠正。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Assessment not started: no question has been answered yet.</source>
            <translation>评估尚未开始：还没有回答任何问题。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No non-compliance found in the questions assessed.</source>
            <translation>在已评估的问题中未发现不符合项。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1. Executive summary</source>
            <translation>1. 执行摘要</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+167" />
            <source>Figure</source>
            <translation>项目</translation>
        </message>
        <message>
            <location line="-167" />
            <location line="+167" />
            <location line="+99" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="-265" />
            <source>Questions in the checklist</source>
            <translation>检查表中的问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions assessed (compliant, non-compliant, observation)</source>
            <translation>已评估的问题（符合、不符合、观察项）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overall compliance of assessed questions</source>
            <translation>已评估问题的总体符合率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not applicable / not verified / unanswered</source>
            <translation>不适用 / 未核实 / 未回答</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Findings: %1</source>
            <translation>审核发现：%1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrective actions planned</source>
            <translation>计划的纠正措施</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Top issues</source>
            <translation>主要问题</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+89" />
            <source>No findings were raised.</source>
            <translation>未提出审核发现。</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Record analysis</source>
            <translation>记录分析</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No factory records were imported for analysis.</source>
            <translation>未导入任何工厂记录进行分析。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 factory records from %2 files were analysed (%3 rows quarantined). The analysis raised %4 flags in %5 groups: %6 confirmed by the auditors, %7 dismissed with a reason, %8 still open.</source>
            <translation>分析了来自 %2 个文件的 %1 条工厂记录（%3 行被隔离）。分析共产生 %5 组 %4 个标记：审核员确认 %6 个，说明理由后驳回 %7 个，仍待处理 %8 个。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>2. Compliance by section and code</source>
            <translation>2. 按章节和守则的符合情况</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance is the share of assessed questions (compliant, non-compliant or observation) answered compliant. Green: 85 % and above; amber: 60 to 84 %; red: below 60 %.</source>
            <translation>符合率是已评估问题（符合、不符合或观察项）中回答为符合的比例。绿色：85% 及以上；黄色：60% 至 84%；红色：低于 60%。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By code of conduct</source>
            <translation>按行为守则</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By section</source>
            <translation>按章节</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+9" />
            <location line="+37" />
            <source>Section</source>
            <translation>章节</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Compliant</source>
            <translation>符合</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-compliant</source>
            <translation>不符合</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Observ.</source>
            <translation>观察项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unverified</source>
            <translation>未核实</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unanswered</source>
            <translation>未回答</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translation>符合率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers by code</source>
            <translation>按守则统计的回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers by section</source>
            <translation>按章节统计的回答</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Code</source>
            <translation>守则</translation>
        </message>
        <message>
            <location line="+19" />
            <source>3. Findings</source>
            <translation>3. 审核发现</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Clauses</source>
            <translation>条款</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence files</source>
            <translation>证据文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root cause</source>
            <translation>根本原因</translation>
        </message>
        <message>
            <location line="+16" />
            <source>4. Corrective action plan</source>
            <translation>4. 纠正措施计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No corrective actions recorded.</source>
            <translation>未记录纠正措施。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finding</source>
            <translation>审核发现</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Corrective action</source>
            <translation>纠正措施</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preventive action</source>
            <translation>预防措施</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+13" />
            <source>5. Interviews</source>
            <translation>5. 访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviews are summarised in figures. Names, identity numbers and what interviewees said in their own words are kept sealed in the audit store and are not part of this report.</source>
            <translation>访谈以数字汇总。姓名、身份证号及受访者的原话均加密保存在审核存储文件中，不属于本报告内容。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interviews held</source>
            <translation>进行的访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People interviewed</source>
            <translation>受访人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By kind</source>
            <translation>按类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By format</source>
            <translation>按形式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By location</source>
            <translation>按地点</translation>
        </message>
        <message>
            <location line="+7" />
            <source>By department</source>
            <translation>按部门</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By gender</source>
            <translation>按性别</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Structured answers</source>
            <translation>结构化回答</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>回答人数</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stated weekly working hours (mean)</source>
            <translation>自述每周工时（平均）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stated monthly pay (mean)</source>
            <translation>自述月工资（平均）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overtime described as voluntary</source>
            <translation>称加班为自愿</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 yes, %2 no</source>
            <translation>是 %1，否 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviews where coaching was suspected</source>
            <translation>怀疑受过教导的访谈</translation>
        </message>
        <message>
            <location line="+7" />
            <source>6. Record checks and analysis flags</source>
            <translation>6. 记录核查与分析标记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records imported</source>
            <translation>导入的记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No factory records were imported.</source>
            <translation>未导入工厂记录。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+137" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="-137" />
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quarantined</source>
            <translation>已隔离</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The records have not been analysed.</source>
            <translation>记录尚未分析。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analysis runs: %1; latest %2.</source>
            <translation>分析次数：%1；最近一次 %2。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Flags by severity</source>
            <translation>按严重程度统计的标记</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flags and their dispositions</source>
            <translation>标记及其处理结果</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No flags were raised.</source>
            <translation>未产生标记。</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+62" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+62" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+75" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Dismissed</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+80" />
            <location filename="../../app/report/ReportStrings.cpp" line="+82" />
            <source>Open</source>
            <translation>待处理</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Reasons for dismissal</source>
            <translation>驳回理由</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Thresholds the checks applied</source>
            <translation>检查所用的限值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stricter of code and law for each figure, in force on %1.</source>
            <translation>每项取准则与法律中较严者，%1 时有效。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Region: %1.</source>
            <translation>地区：%1。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"Verify before use": a figure of the law not checked against its primary text by Fieldbook's authors.</source>
            <translation>“使用前请核实”：Fieldbook 作者未对照法律原文核对的法律数值。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Threshold</source>
            <translation>限值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In force</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Standing</source>
            <translation>核实状态</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Appendix: every analysis flag and its decision</source>
            <translation>附录：每条分析警示及其处理决定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The latest analysis raised %1 flag(s). Each is listed with the auditor's decision: confirmed (as a finding where one was written), dismissed with the reason given, or still open. Workers are counted, not named.</source>
            <translation>最近一次分析产生了 %1 条警示。每条均列出审核员的决定：已确认（如已撰写则注明对应的发现）、已驳回（附所给理由）或仍未处理。工人只计人数，不列姓名或工号。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No.</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers</source>
            <translation>工人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirmed as finding %1</source>
            <translation>已确认为发现 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed (no reason given)</source>
            <translation>已驳回（未说明理由）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed: %1</source>
            <translation>已驳回：%1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>What the checks look for</source>
            <translation>各项检查的内容</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Appendix: evidence files and their SHA-256</source>
            <translation>附录：证据文件及其 SHA-256</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each evidence file is kept in the signed audit package. Its SHA-256 below lets any reader check that the file they hold is the one the auditors recorded.</source>
            <translation>每个证据文件都保存在已签名的审核数据包中。读者可用下方的 SHA-256 核对手中的文件是否就是审核员记录的那个文件。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No evidence files were recorded.</source>
            <translation>未记录证据文件。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attached to</source>
            <translation>所属</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+71" />
            <location line="+45" />
            <location line="+6" />
            <source>Cannot write the report to %1</source>
            <translation>无法将报告写入 %1</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+6" />
            <source>Confidential</source>
            <translation>机密</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportCharts.cpp" line="-15" />
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportDataLoader.cpp" line="+39" />
            <location filename="../../app/report/ReportReadiness.cpp" line="+56" />
            <location filename="../../app/report/ReportService.cpp" line="+21" />
            <source>No audit with uuid %1 in the store</source>
            <translation>存储文件中没有 uuid 为 %1 的审核</translation>
        </message>
        <message>
            <location line="+317" />
            <source>Finding F-%1</source>
            <translation>审核发现 F-%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audit</source>
            <translation>审核</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportStrings.cpp" line="-60" />
            <location line="+10" />
            <source>Critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Priority</source>
            <translation>优先</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Major</source>
            <translation>严重</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observation</source>
            <translation>观察项</translation>
        </message>
        <message>
            <location line="+7" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Info</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lead auditor</source>
            <translation>主审核员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auditor</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviewer</source>
            <translation>访谈员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observer</source>
            <translation>观察员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trainee</source>
            <translation>实习审核员</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initial</source>
            <translation>初次审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Periodic</source>
            <translation>定期审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>跟进审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special</source>
            <translation>特别审核</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Brand</source>
            <translation>品牌方</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier</source>
            <translation>供应商</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+10" />
            <location line="+27" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Announced</source>
            <translation>通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>半通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>不通知审核</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified</source>
            <translation>已验证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Worker</source>
            <translation>工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management</source>
            <translation>管理层</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual</source>
            <translation>个别访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>集体访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On site</source>
            <translation>厂内</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off site</source>
            <translation>厂外</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Worker register</source>
            <translation>员工花名册</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time records</source>
            <translation>考勤记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll</source>
            <translation>工资表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Production</source>
            <translation>生产记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gate log</source>
            <translation>门卫记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance terminal log</source>
            <translation>考勤机记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance punches (one row per punch)</source>
            <translation>考勤打卡（每次打卡一行）</translation>
        </message>
    </context>
    <context>
        <name>ReportReadiness</name>
        <message>
            <location filename="../../app/report/ReportReadiness.cpp" line="+7" />
            <source>Checklist questions answered: %1 of %2 applicable</source>
            <translation>已回答的检查表问题：%1 / %2（适用）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Findings: %1 — corrective actions: %2</source>
            <translation>审核发现：%1 — 纠正措施：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interviews: %1 — evidence files: %2</source>
            <translation>访谈：%1 — 证据文件：%2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unanswered questions: %1 — analysis flags not yet confirmed or dismissed: %2</source>
            <translation>未回答的问题：%1 — 尚未确认或驳回的分析标记：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Before reporting:</source>
            <translation>出具报告前：</translation>
        </message>
    </context>
    <context>
        <name>SampleRule</name>
        <message>
            <location filename="../../app/interviews/SampleRule.cpp" line="+42" />
            <source>Square root of the %1 workers on the register, rounded up, at least %2 and at most %3: interview %4 workers.</source>
            <translation>花名册上 %1 名工人的平方根，向上取整，最少 %2 名，最多 %3 名：访谈 %4 名工人。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 individually and %2 in %3 group interviews of up to %4.</source>
            <translation>%1 名个别访谈，%2 名分 %3 场集体访谈（每场最多 %4 人）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pay and hours are never discussed in group interviews.</source>
            <translation>集体访谈中绝不讨论工资和工时。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All of them alone.</source>
            <translation>全部个别访谈。</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Sample rule: minimum must be between 1 and 1000, not %1</source>
            <translation>抽样规则：minimum 必须在 1 到 1000 之间，而不是 %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sample rule: cap must be between the minimum (%1) and 1000, not %2</source>
            <translation>抽样规则：cap 必须在最小值（%1）到 1000 之间，而不是 %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sample rule: individual_share must be between 0 and 1, not %1</source>
            <translation>抽样规则：individual_share 必须在 0 到 1 之间，而不是 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sample rule: group_size must be between 2 and 10, not %1</source>
            <translation>抽样规则：group_size 必须在 2 到 10 之间，而不是 %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sample rule: young_workers and recent_hires must be between 0 and 50</source>
            <translation>抽样规则：young_workers 和 recent_hires 必须在 0 到 50 之间</translation>
        </message>
    </context>
    <context>
        <name>Signing</name>
        <message>
            <location filename="../../app/signing/KeyStore.cpp" line="+33" />
            <source>A key needs the auditor's name.</source>
            <translation>密钥需要审核员的姓名。</translation>
        </message>
        <message>
            <location line="+77" />
            <location line="+14" />
            <source>No auditor key %1 in this store.</source>
            <translation>此存储文件中没有审核员密钥 %1。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The stored key %1 is damaged.</source>
            <translation>存储的密钥 %1 已损坏。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The stored public key %1 is damaged (not %2 bytes).</source>
            <translation>存储的公钥 %1 已损坏（不是 %2 字节）。</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+37" />
            <source>The signer's key %1 is not trusted by this store; give it with --pubkey or add it with fieldbook-cli trust.</source>
            <translation>此存储文件不信任签名者的密钥 %1；请用 --pubkey 提供，或用 fieldbook-cli trust 添加。</translation>
        </message>
        <message>
            <location line="-5" />
            <source>The store's key %1 is damaged.</source>
            <translation>数据库的密钥 %1 已损坏。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>key %1 ("%2") was revoked on %3 and the signature carries no timestamp</source>
            <translation>密钥 %1（“%2”）已于 %3 吊销，且签名没有时间戳</translation>
        </message>
        <message>
            <location line="+6" />
            <source>key %1 ("%2") was revoked on %3; this was signed on %4, after the revocation</source>
            <translation>密钥 %1（“%2”）已于 %3 吊销；此文件签名于 %4，在吊销之后</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No signing key %1 in this store.</source>
            <translation>本数据库中没有签名密钥 %1。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No trusted key %1 in this store.</source>
            <translation>本数据库中没有受信任的密钥 %1。</translation>
        </message>
        <message>
            <location filename="../../app/signing/Minisign.cpp" line="+87" />
            <source>not a minisign public key</source>
            <translation>不是 minisign 公钥</translation>
        </message>
        <message>
            <location line="+20" />
            <source>not a minisign signature (expected four lines: comment, signature, trusted comment, global signature)</source>
            <translation>不是 minisign 签名（应为四行：注释、签名、可信注释、全局签名）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the signature line is damaged</source>
            <translation>签名行已损坏</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the trusted-comment signature is damaged</source>
            <translation>可信注释的签名已损坏</translation>
        </message>
        <message>
            <location line="+47" />
            <source>signed with key %1, not with the given key %2</source>
            <translation>用密钥 %1 签名，而不是给定的密钥 %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key or the signature has the wrong length</source>
            <translation>密钥或签名的长度不正确</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the file does not match its signature: it was changed after signing</source>
            <translation>文件与其签名不符：签名后被修改过</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the trusted comment was changed after signing</source>
            <translation>可信注释在签名后被修改过</translation>
        </message>
        <message>
            <location filename="../../app/signing/PassphraseBox.cpp" line="+40" />
            <source>The passphrase must have at least %1 characters.</source>
            <translation>口令至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not enough memory to protect the key with the passphrase.</source>
            <translation>内存不足，无法用口令保护密钥。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wrong passphrase, or the protected key is damaged.</source>
            <translation>口令错误，或受保护的密钥已损坏。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The protected key asks for key-derivation limits out of bounds (%1 passes, %2 bytes): the store is damaged or was tampered with.</source>
            <translation>受保护的密钥要求的密钥派生参数超出范围（%1 次，%2 字节）：数据库已损坏或被篡改。</translation>
        </message>
        <message>
            <location filename="../../app/signing/SodiumDataProtector.cpp" line="+87" />
            <source>This store already has a personal-data key.</source>
            <translation>此存储文件已有个人数据密钥。</translation>
        </message>
        <message>
            <location line="+170" />
            <source>This store has no personal-data key yet.</source>
            <translation>此存储文件还没有个人数据密钥。</translation>
        </message>
        <message>
            <location filename="../../app/signing/EncryptionKeyStore.cpp" line="+33" />
            <source>An encryption key needs a name (for example "Head office").</source>
            <translation>加密密钥需要一个名称（例如“总部”）。</translation>
        </message>
        <message>
            <location line="+75" />
            <location line="+14" />
            <source>No encryption key %1 in this store.</source>
            <translation>此存储文件中没有加密密钥 %1。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The stored encryption key %1 is damaged.</source>
            <translation>存储的加密密钥 %1 已损坏。</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The encryption key %1 is not trusted by this store: add head office's key with fieldbook-cli trust --encryption FILE.</source>
            <translation>此存储文件不信任加密密钥 %1：请用 fieldbook-cli trust --encryption FILE 添加总部的密钥。</translation>
        </message>
        <message>
            <location filename="../../app/signing/PassphraseStrength.cpp" line="+31" />
            <source>Too short: at least %1 characters.</source>
            <translation>太短：至少需要 %1 个字符。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weak: use several words, or add digits and signs.</source>
            <translation>弱：请使用多个词，或加入数字和符号。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fair: a few more words make it strong.</source>
            <translation>中等：再加几个词就会很强。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong.</source>
            <translation>强。</translation>
        </message>
        <message>
            <location filename="../../app/signing/SealedBox.cpp" line="+83" />
            <source>not a Fieldbook encryption public key (expected a comment line and a key line)</source>
            <translation>不是 Fieldbook 加密公钥（应为一行注释和一行密钥）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key line is not valid base64</source>
            <translation>密钥行不是有效的 base64</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this is a minisign signing key, not an encryption key: trust it as a signing key</source>
            <translation>这是 minisign 签名密钥，不是加密密钥：请将其作为签名密钥信任</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not a Fieldbook encryption public key</source>
            <translation>不是 Fieldbook 加密公钥</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key id does not match the key: the file is damaged</source>
            <translation>密钥编号与密钥不符：文件已损坏</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+49" />
            <location filename="../../database/AuditRepository.cpp" line="+234" />
            <source>No such audit.</source>
            <translation>没有这个审核。</translation>
        </message>
        <message>
            <location filename="../../database/AuditRepository.cpp" line="-161" />
            <source>A facility needs a name.</source>
            <translation>工厂需要一个名称。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country must be a two-letter ISO code, not "%1".</source>
            <translation>国家必须是两个字母的 ISO 代码，而不是“%1”。</translation>
        </message>
        <message>
            <location line="+53" />
            <source>No such facility.</source>
            <translation>没有该工厂。</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose at least one code to audit against.</source>
            <translation>请至少选择一个用于审核的行为守则。</translation>
        </message>
        <message>
            <location filename="../../database/FieldEditor.cpp" line="+114" />
            <source>No %1 with id %2</source>
            <translation>没有 id 为 %2 的 %1</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../app/sync/SyncConflicts.cpp" line="+96" />
            <source>No sync conflict %1 in this store.</source>
            <translation>此存储文件中没有同步冲突 %1。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflict %1 is resolved already (%2).</source>
            <translation>冲突 %1 已解决（%2）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict %1 names %2.%3, which this store does not have.</source>
            <translation>冲突 %1 涉及 %2.%3，但此存储文件中没有。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Conflict %1 belongs to no audit of this store: refused.</source>
            <translation>冲突 %1 不属于本数据库的任何审核：已拒绝。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Conflict %1 names %2.%3, which a package may not change: refused.</source>
            <translation>冲突 %1 指明 %2.%3，包不得更改此项：已拒绝。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Conflict %1: the %2 row %3 is not a row of the conflict's audit %4: refused.</source>
            <translation>冲突 %1：%2 行 %3 不属于该冲突的审核 %4：已拒绝。</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Conflict %1: the %2 row %3 is no longer in this store.</source>
            <translation>冲突 %1：%2 中的行 %3 已不在此存储文件中。</translation>
        </message>
        <message>
            <location line="+68" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(personal data, locked)</source>
            <translation>（个人数据，已锁定）</translation>
        </message>
    </context>
    <context>
        <name>TextEncoding</name>
        <message>
            <location filename="../../app/records/TextEncoding.cpp" line="+250" />
            <source>%1: cannot convert from '%2': this system does not know that encoding</source>
            <translation>%1：无法从“%2”转换：本系统不认识该编码</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the file is not valid %2 either; ask the factory for a UTF-8 export</source>
            <translation>%1：该文件也不是有效的 %2；请让工厂导出 UTF-8 文件</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not valid UTF-8 (byte 0x%1): the file looks like %2. Save it as "CSV UTF-8" in the spreadsheet, or choose its encoding to convert it; nothing was read from it</source>
            <translation>不是有效的 UTF-8（字节 0x%1）：该文件看起来是 %2。请在电子表格中另存为“CSV UTF-8”，或选择其编码进行转换；未从中读取任何内容</translation>
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <location filename="../../app/params/ThresholdLabels.cpp" line="+21" />
            <source>Minimum working age</source>
            <translation>最低就业年龄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker below age</source>
            <translation>未成年工年龄上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a day</source>
            <translation>每天正常工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a week</source>
            <translation>每周正常工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a day, at most</source>
            <translation>每天加班时数上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a week, at most</source>
            <translation>每周加班时数上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a month, at most</source>
            <translation>每月加班时数上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a year, at most</source>
            <translation>每年加班时数上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total hours a day, at most</source>
            <translation>每天总工时上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total hours a week, at most</source>
            <translation>每周总工时上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime pay, times the regular rate</source>
            <translation>加班费为正常费率的倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Higher overtime rates</source>
            <translation>更高的加班费率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest-day work, times the regular rate</source>
            <translation>休息日工作，正常费率的倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public-holiday work, times the regular rate</source>
            <translation>法定节假日工作，正常费率的倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work, extra share of the rate</source>
            <translation>夜班，费率的额外比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working days in a row, at most</source>
            <translation>连续工作天数上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage an hour</source>
            <translation>每小时最低工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage changes in the period</source>
            <translation>期间内的最低工资调整</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work starts</source>
            <translation>夜班开始时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work ends</source>
            <translation>夜班结束时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: hours a day, at most</source>
            <translation>未成年工：每天工时上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: hours a week, at most</source>
            <translation>未成年工：每周工时上限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: night starts</source>
            <translation>未成年工：夜间开始</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: night ends</source>
            <translation>未成年工：夜间结束</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays in the period</source>
            <translation>期间内的法定节假日</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1x after %2 h of overtime a week</source>
            <translation>每周加班超过 %2 小时后 %1 倍</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1x after %2 h of overtime a day</source>
            <translation>每天加班超过 %2 小时后 %1 倍</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 from %2</source>
            <translation>自 %2 起 %1</translation>
        </message>
        <message>
            <location line="+15" />
            <source>as for adults</source>
            <translation>与成年工相同</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no limit</source>
            <translation>无上限</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location line="+12" />
            <source>checked against the primary text</source>
            <translation>已对照原文核对</translation>
        </message>
        <message>
            <location line="+1" />
            <source>verify before use</source>
            <translation>使用前请核实</translation>
        </message>
        <message>
            <location line="+2" />
            <source>code of conduct</source>
            <translation>行为准则</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ILO reference</source>
            <translation>国际劳工组织参考值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>your figure</source>
            <translation>您的数值</translation>
        </message>
        <message>
            <location line="+2" />
            <source>derived</source>
            <translation>推算</translation>
        </message>
        <message>
            <location line="+11" />
            <source>in force %1 to %2</source>
            <translation>%1 至 %2 有效</translation>
        </message>
        <message>
            <location line="+3" />
            <source>in force from %1</source>
            <translation>自 %1 起有效</translation>
        </message>
    </context>
    <context>
        <name>ValueConventionScan</name>
        <message>
            <location filename="../../app/records/ValueConventionScan.cpp" line="+131" />
            <source>"%1" is month-first but line %2 (%3) has the day first ("%4"): one file cannot mix both; correct the file</source>
            <translation>“%1”是月在前，但第 %2 行（%3）是日在前（“%4”）：一个文件不能混用两种写法；请更正文件</translation>
        </message>
        <message>
            <location line="+11" />
            <source>"%1": every date of the file could be day-first or month-first; say which (dmy or mdy: --date-order, or the date order in the import wizard)</source>
            <translation>“%1”：文件中每个日期都可能是日在前或月在前；请指明是哪一种（dmy 或 mdy：--date-order，或导入向导中的日期顺序）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" and "%2" on line %3 use different decimal marks; correct the file</source>
            <translation>“%1”和第 %3 行的“%2”使用了不同的小数点符号；请更正文件</translation>
        </message>
        <message>
            <location line="+30" />
            <source>"%1" could be a thousand or a decimal and no other value of the file says which; say which (--decimal-mark point or comma)</source>
            <translation>“%1”可能是千位分隔也可能是小数，文件中没有其他数值能说明是哪一种；请指明（--decimal-mark point 或 comma）</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <location filename="../../app/records/RecordFileHead.cpp" line="+25" />
            <location filename="../../app/records/workbook/SheetRecordFile.cpp" line="+96" />
            <source>the workbook has no sheet named "%1"</source>
            <translation>该工作簿没有名为“%1”的工作表</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/SheetReader.cpp" line="+246" />
            <source>row number '%1' is not one a sheet can have</source>
            <translation>行号“%1”不是工作表可能有的行号</translation>
        </message>
        <message>
            <location line="+4" />
            <source>row %1 comes after row %2: the sheet is damaged</source>
            <translation>第 %1 行排在第 %2 行之后：工作表已损坏</translation>
        </message>
        <message>
            <location line="+16" />
            <source>row %1: '%2' is not a cell reference a sheet can have</source>
            <translation>第 %1 行：“%2”不是工作表可能有的单元格引用</translation>
        </message>
        <message>
            <location line="+30" />
            <source>cell %1%2 holds a value beyond column %3: a record file has at most %4 columns; delete what is out there or copy the records to a new sheet</source>
            <translation>单元格 %1%2 的数据超出了第 %3 列：记录文件最多 %4 列；请删除超出部分，或把记录复制到新工作表</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/SheetRecordFile.cpp" line="-9" />
            <source>a sheet can hold records of a CSV kind only, not '%1'</source>
            <translation>工作表只能包含 CSV 类型的记录，不能是“%1”</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the workbook has %1 sheets: choose the one to read</source>
            <translation>该工作簿有 %1 个工作表：请选择要读取的一个</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n formula(s) have no saved value: open the workbook in Excel or LibreOffice and save it again</source>
            <translation>
                <numerusform>%n 个公式没有保存的值：请在 Excel 或 LibreOffice 中打开工作簿并重新保存</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/Workbook.cpp" line="+71" />
            <source>the workbook is protected by a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save and choose it again</source>
            <translation>该工作簿有密码保护：请在 Excel 中打开，删除密码（文件 ▸ 信息 ▸ 保护工作簿 ▸ 用密码进行加密），保存后重新选择</translation>
        </message>
        <message>
            <location line="+3" />
            <source>this is a legacy Excel 97-2003 workbook (.xls), which Fieldbook does not read: open it in Excel or LibreOffice, save it as .xlsx (File ▸ Save As ▸ Excel Workbook) and choose it again</source>
            <translation>这是旧版 Excel 97-2003 工作簿（.xls），Fieldbook 不读取此格式：请在 Excel 或 LibreOffice 中打开，另存为 .xlsx（文件 ▸ 另存为 ▸ Excel 工作簿）后重新选择</translation>
        </message>
        <message>
            <location line="+33" />
            <source>cannot open: %1</source>
            <translation>无法打开：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not an Excel workbook (.xlsx): the file is damaged or of another kind; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)</source>
            <translation>不是 Excel 工作簿（.xlsx）：文件已损坏或是其他类型；请在 Excel 或 LibreOffice 中打开并另存为 Excel 工作簿（.xlsx）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>this is an OpenDocument spreadsheet (.ods): open it in LibreOffice, save it as an Excel Workbook (.xlsx) and choose it again</source>
            <translation>这是 OpenDocument 电子表格（.ods）：请在 LibreOffice 中打开，另存为 Excel 工作簿（.xlsx）后重新选择</translation>
        </message>
        <message>
            <location line="+17" />
            <source>this is an Excel binary workbook (.xlsb): open it in Excel, save it as an Excel Workbook (.xlsx) and choose it again</source>
            <translation>这是 Excel 二进制工作簿（.xlsb）：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx）后重新选择</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not an Excel workbook: the archive holds no workbook part</source>
            <translation>不是 Excel 工作簿：压缩包中没有工作簿部件</translation>
        </message>
        <message>
            <location line="+16" />
            <source>this workbook is saved as Strict Open XML, which Fieldbook does not read: open it in Excel, save it as an Excel Workbook (.xlsx, not Strict) and choose it again</source>
            <translation>该工作簿以 Strict Open XML 格式保存，Fieldbook 不读取此格式：请在 Excel 中打开，另存为 Excel 工作簿（.xlsx，非 Strict）后重新选择</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the sheet "%1" points outside the workbook (%2): refused</source>
            <translation>工作表“%1”指向工作簿之外（%2）：已拒绝</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no such sheet</source>
            <translation>没有这个工作表</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/XmlPartReader.cpp" line="+48" />
            <source>the part %1 carries a document type declaration, which workbooks never do: refused</source>
            <translation>部件 %1 带有文档类型声明，工作簿从不这样做：已拒绝</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the part %1 is not well-formed XML (line %2: %3)</source>
            <translation>部件 %1 不是格式正确的 XML（第 %2 行：%3）</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/ZipArchive.cpp" line="+13" />
            <source>the part %1 is larger than %2 MiB once unpacked: refused (a damaged file or a zip bomb)</source>
            <translation>部件 %1 解压后大于 %2 MiB：已拒绝（文件损坏或是压缩炸弹）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the part %1 cannot be unpacked (%2): the workbook is damaged</source>
            <translation>部件 %1 无法解压（%2）：工作簿已损坏</translation>
        </message>
        <message>
            <location line="+30" />
            <source>not a readable workbook: the zip archive is damaged or incomplete (%1)</source>
            <translation>不是可读取的工作簿：zip 压缩包已损坏或不完整（%1）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the archive holds %1 parts, more than the %2 a workbook may have</source>
            <translation>压缩包中有 %1 个部件，超过工作簿最多可有的 %2 个</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the part %1 is missing</source>
            <translation>缺少部件 %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the part %1 unpacks to over %2 times its packed size: refused as a zip bomb</source>
            <translation>部件 %1 解压后超过压缩大小的 %2 倍：作为压缩炸弹拒绝</translation>
        </message>
        <message>
            <location line="+56" />
            <source>the part %1 unpacks to more than its size allows (%2 MiB, or %3 times its packed size): refused (a damaged file or a zip bomb)</source>
            <translation>部件 %1 解压后超过允许的大小（%2 MiB，或压缩大小的 %3 倍）：已拒绝（文件损坏或是压缩炸弹）</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::AuditListModel</name>
        <message>
            <location filename="../../ui/AuditListModel.cpp" line="+50" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archived</source>
            <translation>已归档</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 to %2</source>
            <translation>%1 至 %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Facility</source>
            <translation>工厂</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit</source>
            <translation>审核</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country</source>
            <translation>国家</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes</source>
            <translation>守则</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation>审核发现</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::AuditWorkspace</name>
        <message>
            <location filename="../../ui/workspace/AuditWorkspace.cpp" line="+68" />
            <source>Phases of the audit</source>
            <translation>审核阶段</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <location line="+161" />
            <source>%1  ›  %2  ›  %3</source>
            <translation>%1  ›  %2  ›  %3</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ChecklistModel</name>
        <message>
            <location filename="../../ui/checklist/ChecklistModel.cpp" line="+251" />
            <source>Not applicable</source>
            <translation>不适用</translation>
        </message>
        <message>
            <location line="-202" />
            <source>Document review</source>
            <translation>文件审查</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worker interviews</source>
            <translation>工人访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Management interview</source>
            <translation>管理层访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Site observation</source>
            <translation>现场观察</translation>
        </message>
        <message>
            <location line="+169" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses</source>
            <translation>条款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ChecklistPhasePage</name>
        <message>
            <location filename="../../ui/pages/ChecklistPhasePage.cpp" line="+30" />
            <source>Walk the site and answer what you can see. Take photos as evidence.</source>
            <translation>巡视现场，回答能亲眼看到的问题。拍照作为证据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the documents and records each question names, and note what you found.</source>
            <translation>阅读每个问题列出的文件和记录，并记下您的发现。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ChecklistWidget</name>
        <message>
            <location filename="../../ui/checklist/ChecklistWidget.cpp" line="+44" />
            <source>Search questions</source>
            <translation>搜索问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search (Ctrl+F)</source>
            <translation>搜索 (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search questions, clauses, guidance and notes</source>
            <translation>搜索问题、条款、指引和备注</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer filter</source>
            <translation>按答案筛选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All questions</source>
            <translation>全部问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unanswered</source>
            <translation>未回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-compliant</source>
            <translation>不符合</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Method filter</source>
            <translation>按方法筛选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All methods</source>
            <translation>全部方法</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Questions</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Every question shown is answered.</source>
            <translation>显示的问题都已回答。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The checklist could not be read: %1</source>
            <translation>无法读取检查表：%1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>This audit has no checklist yet: it is derived from the codes chosen in the plan.</source>
            <translation>此审核还没有检查表：检查表根据计划中选定的守则生成。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 questions shown are answered.</source>
            <translation>显示的 %2 个问题中已回答 %1 个。</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The finding could not be created: %1</source>
            <translation>无法创建审核发现：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Finding raised: %1 — complete it under Findings (Ctrl+8).</source>
            <translation>已提出审核发现：%1 — 请在“审核发现”中补充完整 (Ctrl+8)。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ColumnMappingModel</name>
        <message>
            <location filename="../../ui/records/ColumnMappingModel.cpp" line="+67" />
            <source>Required: the file cannot be imported without it.</source>
            <translation>必需：缺少此列，文件无法导入。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: leave it out if the file does not have it.</source>
            <translation>可选：文件中没有此列时可不选。</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>(not in this file)</source>
            <translation>（此文件中没有）</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Fieldbook needs</source>
            <translation>Fieldbook 所需</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found by</source>
            <translation>匹配方式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First row</source>
            <translation>第一行</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ComplianceDashboard</name>
        <message>
            <location filename="../../ui/findings/ComplianceDashboard.cpp" line="+41" />
            <source>Corrective actions of the previous audit</source>
            <translation>上次审核的纠正措施</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finding</source>
            <translation>审核发现</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Compliance per section</source>
            <translation>各章节符合率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance per code</source>
            <translation>各守则符合率</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Findings</source>
            <translation>审核发现</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Findings by severity</source>
            <translation>按严重程度统计的审核发现</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::CreateKeyDialog</name>
        <message>
            <location filename="../../ui/signing/CreateKeyDialog.cpp" line="+22" />
            <source>New signing key</source>
            <translation>新建签名密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New encryption key</source>
            <translation>新建加密密钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your signing key proves that reports and packages come from you. Its name appears on every report you sign.</source>
            <translation>签名密钥证明报告和数据包出自您手。它的名称会出现在您签名的每份报告上。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An encryption key lets auditors send this store personal data in their packages. Give its public key file to the auditors.</source>
            <translation>有了加密密钥，审核员就能在数据包中把个人数据发给此存储文件。请把它的公钥文件交给审核员。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your name, e.g. Ana Lee</source>
            <translation>您的姓名，例如：李安娜</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Head office Geneva</source>
            <translation>例如：日内瓦总部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Create</source>
            <translation>创建(&amp;C)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Give the key a name.</source>
            <translation>请为密钥命名。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::EvidenceStrip</name>
        <message>
            <location filename="../../ui/checklist/EvidenceStrip.cpp" line="+32" />
            <source>Photos and documents for this question. Drag files here or use Add.</source>
            <translation>此问题的照片和文件。可将文件拖到这里，或使用“添加”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>证据</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1
%2, %3
SHA-256 %4</source>
            <translation>%1
%2，%3
SHA-256 %4</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add evidence</source>
            <translation>添加证据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt);;All files (*)</source>
            <translation>照片和文件 (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ExportPackageDialog</name>
        <message>
            <location filename="../../ui/signing/ExportPackageDialog.cpp" line="+32" />
            <location line="+77" />
            <source>Export signed package</source>
            <translation>导出签名数据包</translation>
        </message>
        <message>
            <location line="-69" />
            <location line="+26" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Sign with:</source>
            <translation>签名密钥：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include the PDF &amp;report</source>
            <translation>包含 PDF 报告(&amp;R)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data (worker names, ID numbers, interview notes)</source>
            <translation>个人数据（工人姓名、身份证号、访谈记录）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Leave it out</source>
            <translation>不包含(&amp;L)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Seal it for:</source>
            <translation>加密发给(&amp;S)：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>audit.fieldbook</source>
            <translation>audit.fieldbook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Write to:</source>
            <translation>保存到(&amp;W)：</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Export</source>
            <translation>导出(&amp;E)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Fieldbook packages (*.fieldbook)</source>
            <translation>Fieldbook 数据包 (*.fieldbook)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Create a signing key first: Tools &gt; Keys.</source>
            <translation>请先创建签名密钥：工具 &gt; 密钥。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To seal personal data, trust head office's encryption key first (Tools &gt; Keys).</source>
            <translation>要加密个人数据，请先信任总部的加密密钥（工具 &gt; 密钥）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Personal data is locked: Export asks for the store's passphrase first.</source>
            <translation>个人数据已锁定：导出时会先要求输入存储文件的口令。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the holder of that key can open the sealed values; the package shows nothing in clear.</source>
            <translation>只有该密钥的持有者才能打开加密的值；数据包中没有任何明文。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The package carries no personal data.</source>
            <translation>数据包不含个人数据。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Personal data is still locked: nothing was written. Leave it out, or unlock it.</source>
            <translation>个人数据仍处于锁定状态：未写入任何内容。请选择不包含，或先解锁。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nothing was written: %1</source>
            <translation>未写入任何内容：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Written: %1 and %2
Signed by %3, key fingerprint %4.</source>
            <translation>已写入：%1 和 %2
签名者 %3，密钥指纹 %4。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Personal data sealed for %1.</source>
            <translation>个人数据已为 %1 加密。</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Personal data left out.</source>
            <translation>未包含个人数据。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingEditor</name>
        <message>
            <location filename="../../ui/findings/FindingEditor.cpp" line="+40" />
            <source>Edit finding title</source>
            <translation>编辑审核发现标题</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change severity</source>
            <translation>更改严重程度</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change finding status</source>
            <translation>更改审核发现状态</translation>
        </message>
        <message>
            <location line="+6" />
            <source>code:clause, separated by commas — e.g. sa8000:7.1, wrap:6</source>
            <translation>守则:条款，用逗号分隔 — 例如 sa8000:7.1, wrap:6</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What was found, in plain words.</source>
            <translation>发现了什么，用平实的语言写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit description</source>
            <translation>编辑描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents, records, interviews and observations that show it.</source>
            <translation>证明这一点的文件、记录、访谈和观察。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit evidence</source>
            <translation>编辑证据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it happened (policy, system, training, pressure...).</source>
            <translation>为什么会发生（政策、制度、培训、压力……）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit root cause</source>
            <translation>编辑根本原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity, status:</source>
            <translation>严重程度、状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clauses:</source>
            <translation>条款：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description:</source>
            <translation>描述：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence:</source>
            <translation>证据：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root cause:</source>
            <translation>根本原因：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attach a photo or document to this finding (or drag files onto the strip)</source>
            <translation>为此审核发现附加照片或文件（也可把文件拖到缩略图栏上）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Files:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrective actions</source>
            <translation>纠正措施</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Action</source>
            <translation>措施</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responsible</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>截止</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add corrective action</source>
            <translation>添加纠正措施</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+95" />
            <source>What the factory will do</source>
            <translation>工厂将采取的行动</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who</source>
            <translation>负责人</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Edit corrective action</source>
            <translation>编辑纠正措施</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingListModel</name>
        <message>
            <location filename="../../ui/findings/FindingListModel.cpp" line="+37" />
            <source>Observation</source>
            <translation>观察项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Major</source>
            <translation>严重</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Priority</source>
            <translation>优先</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <translation>未关闭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn</source>
            <translation>已撤销</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <comment>corrective action status</comment>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>进行中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verified</source>
            <translation>已验证</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No action</source>
            <translation>无措施</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Finding</source>
            <translation>审核发现</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses</source>
            <translation>条款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions</source>
            <translation>措施</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingsPage</name>
        <message>
            <location filename="../../ui/pages/FindingsPage.cpp" line="+52" />
            <source>&amp;New finding</source>
            <translation>新建审核发现(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>删除…</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+26" />
            <source>&amp;Findings</source>
            <translation>审核发现(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>仪表板(&amp;D)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete finding</source>
            <translation>删除审核发现</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the finding "%1" and its corrective actions?</source>
            <translation>删除审核发现“%1”及其纠正措施？</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The findings could not be read: %1</source>
            <translation>无法读取审核发现：%1</translation>
        </message>
        <message>
            <location line="+57" />
            <source>New finding</source>
            <translation>新审核发现</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagDetailPanel</name>
        <message>
            <location filename="../../ui/records/FlagDetailPanel.cpp" line="-116" />
            <location line="+1" />
            <source>E&amp;xplanation</source>
            <translation>说明(&amp;X)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter or double-click opens the record with its file and line.</source>
            <translation>按 Enter 或双击可打开该记录及其所在文件和行。</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <location line="+123" />
            <source>Rec&amp;ords</source>
            <translation>记录(&amp;O)</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Char&amp;t</source>
            <translation>图表(&amp;T)</translation>
        </message>
        <message>
            <location line="+109" />
            <location line="+115" />
            <source>Loading the records…</source>
            <translation>正在加载记录…</translation>
        </message>
        <message>
            <location line="-72" />
            <source>The records could not be read: %1</source>
            <translation>无法读取记录：%1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No records found for this flag.</source>
            <translation>未找到此标记的记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first %1 of %2 records are shown; %3 more are not.</source>
            <translation>显示了 %2 条记录中的前 %1 条；另有 %3 条未显示。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s).</source>
            <translation>
                <numerusform>%n 条记录。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show all %1</source>
            <translation>显示全部 %1 条</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show %1</source>
            <translation>显示 %1 条</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rec&amp;ords (%1)</source>
            <translation>记录(&amp;O)（%1）</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagListModel</name>
        <message>
            <location filename="../../ui/records/FlagListModel.cpp" line="+37" />
            <source>Critical</source>
            <translation>关键</translation>
        </message>
        <message>
            <location line="+3" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Info</source>
            <translation>提示</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismissed</source>
            <translation>已驳回</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To review</source>
            <translation>待审查</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 (not raised by the last run)</source>
            <translation>%1（最近一次分析未产生）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check name: %1</source>
            <translation>检查项名称：%1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check</source>
            <translation>检查项</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was found</source>
            <translation>发现的情况</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your decision</source>
            <translation>您的决定</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagRecordDialog</name>
        <message>
            <location filename="../../ui/records/FlagRecordDialog.cpp" line="+13" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, line %2</source>
            <translation>%1，第 %2 行</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Find it under this line in the factory's file.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;可在工厂文件的这一行找到它。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(not recorded)</source>
            <translation>（未记录）</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagRecordModel</name>
        <message>
            <location filename="../../ui/records/FlagRecordModel.cpp" line="+66" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line</source>
            <translation>行</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportCheckPage</name>
        <message>
            <location filename="../../ui/records/ImportCheckPage.cpp" line="+47" />
            <source>Preview and check</source>
            <translation>预览与检查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first rows as they will be imported, and every problem in the files. Nothing is written until you choose Import.</source>
            <translation>将要导入的前几行，以及文件中的所有问题。在您选择“导入”之前不会写入任何内容。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First rows of:</source>
            <translation>前几行：</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First rows</source>
            <translation>前几行</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Copy issues</source>
            <translation>复制问题(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies the selected issues (or all of them) as "file:line: column: reason" lines, to paste into a note or an e-mail to the factory (Ctrl+C).</source>
            <translation>将选中的问题（或全部问题）按“文件:行: 列: 原因”的格式复制，便于粘贴到备注或发给工厂的邮件中 (Ctrl+C)。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Issues</source>
            <translation>问题记录</translation>
        </message>
        <message>
            <location line="+14" />
            <source>If a row is bad</source>
            <translation>如果某行有错误</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import &amp;nothing: the files must be corrected first (recommended, records stay complete)</source>
            <translation>全部不导入(&amp;N)：必须先更正文件（推荐，记录保持完整）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import the good rows and keep the bad ones in a &amp;quarantine list that the report shows</source>
            <translation>导入正确的行，错误的行放入隔离清单(&amp;Q)，并在报告中列出</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location line="+31" />
            <source>%n of these rows would be refused (tinted cells; point at one to see why).</source>
            <translation>
                <numerusform>其中 %n 行会被拒绝（标色的单元格；鼠标指向可查看原因）。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file goes on after these rows; the check below reads all of it.</source>
            <translation>文件在这些行之后还有内容；下面的检查会读取全部内容。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Stop the check</source>
            <translation>停止检查(&amp;S)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check &amp;again</source>
            <translation>重新检查(&amp;A)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reading every file…</source>
            <translation>正在读取所有文件…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not checked yet.</source>
            <translation>尚未检查。</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Check the files before importing them.</source>
            <translation>请先检查文件再导入。</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The check was stopped.</source>
            <translation>检查已停止。</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n file(s) read: %1 records ready.</source>
            <translation>
                <numerusform>已读取 %n 个文件：%1 条记录可导入。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s).</source>
            <translation>
                <numerusform>%n 行有错误。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n notice(s) (reported, not blocking).</source>
            <translation>
                <numerusform>%n 条提示（仅报告，不影响导入）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) cannot be read.</source>
            <translation>
                <numerusform>%n 个文件无法读取。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportColumnsPage</name>
        <message>
            <location filename="../../ui/records/ImportColumnsPage.cpp" line="+21" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which column of each file holds what Fieldbook needs? Required columns are marked *. Check the guesses in blue.</source>
            <translation>每个文件的哪一列包含 Fieldbook 所需的内容？必需的列标有 *。请核对蓝色显示的推测结果。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;File:</source>
            <translation>文件(&amp;F)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A time clock log has a fixed layout (PIN, time, state): there is nothing to map.</source>
            <translation>考勤机记录的格式是固定的（工号、时间、状态）：无需对应列。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Remember these columns for this facility (the next audit maps them by itself)</source>
            <translation>为本工厂记住这些列(&amp;R)（下次审核会自动对应）</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source> — %n required column(s) to map</source>
            <translation>
                <numerusform> — 还有 %n 个必需的列待对应</numerusform>
            </translation>
        </message>
        <message>
            <location line="+57" />
            <source>Before going on: %1</source>
            <translation>继续之前：%1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportFileListModel</name>
        <message>
            <location filename="../../ui/records/ImportFileListModel.cpp" line="+95" />
            <source>line %1: "%2" (%3) and every other date could be day first or month first: choose in Dates.</source>
            <translation>第 %1 行：“%2”（%3）及其他所有日期都可能是日在前或月在前：请在“日期”列中选择。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1: in "%2" (%3) the mark could be a decimal mark or a thousands separator, and no other value says which: choose in Decimals.</source>
            <translation>第 %1 行：“%2”（%3）中的符号可能是小数点，也可能是千位分隔符，其他数值也无法判断：请在“小数”列中选择。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>line %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose what it holds.</source>
            <translation>请选择其内容类型。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Kind found %1</source>
            <translation>类型识别：%1</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+6" />
            <source>UTF-8</source>
            <translation>UTF-8</translation>
        </message>
        <message>
            <location line="+3" />
            <source>convert from %1</source>
            <translation>从 %1 转换</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <source>From the file</source>
            <translation>根据文件</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Day first (31/12/2026)</source>
            <translation>日在前（31/12/2026）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month first (12/31/2026)</source>
            <translation>月在前（12/31/2026）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year first (2026/12/31)</source>
            <translation>年在前（2026/12/31）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How the file's dates are ordered. Fieldbook decides it from the whole file and asks only when every date could be either</source>
            <translation>文件中日期的顺序。Fieldbook 根据整个文件判断，只有当每个日期都可能是两种写法时才会询问</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Point (1,234.56)</source>
            <translation>小数点（1,234.56）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comma (1.234,56)</source>
            <translation>小数逗号（1.234,56）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The decimal mark of the file's hours and amounts. Fieldbook decides it from the whole file and asks only when no value says which</source>
            <translation>文件中工时和金额的小数符号。Fieldbook 根据整个文件判断，只有当没有任何数值能说明时才会询问</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Ready</source>
            <translation>就绪</translation>
        </message>
        <message>
            <location line="+22" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Holds</source>
            <translation>内容</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Encoding</source>
            <translation>编码</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decimals</source>
            <translation>小数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size</source>
            <translation>大小</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportFilesPage</name>
        <message>
            <location filename="../../ui/records/ImportFilesPage.cpp" line="+25" />
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The factory's record files: personnel register, time cards, payroll, production, gate log, or a time clock's log. Any file name will do; drop files or a folder on the list.</source>
            <translation>工厂的记录文件：员工花名册、考勤卡、工资表、产量、门卫记录或考勤机记录。文件名不限；可将文件或文件夹拖到列表中。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add &amp;files…</source>
            <translation>添加文件(&amp;F)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a f&amp;older…</source>
            <translation>添加文件夹(&amp;O)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaves the selected files out of this import (Delete).</source>
            <translation>本次导入不包含所选文件 (Delete)。</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Before going on: %1</source>
            <translation>继续之前：%1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Record files</source>
            <translation>记录文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record files (*.csv *.dat *.txt *.xlsx *.xlsm *.xls);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm *.xls);;Time clock logs (*.dat *.txt);;All files (*)</source>
            <translation>记录文件 (*.csv *.dat *.txt *.xlsx *.xlsm *.xls);;CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx *.xlsm *.xls);;考勤机日志 (*.dat *.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Folder with the factory's record files</source>
            <translation>存放工厂记录文件的文件夹</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportPackageDialog</name>
        <message>
            <location filename="../../ui/sync/ImportPackageDialog.cpp" line="+31" />
            <location line="+3" />
            <source>Import package</source>
            <translation>导入数据包</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Package:</source>
            <translation>数据包(&amp;P)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>optional: the signer's .pub file (else a key this store trusts)</source>
            <translation>可选：签名者的 .pub 文件（否则使用此存储文件信任的密钥）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's &amp;key:</source>
            <translation>签名者密钥(&amp;K)：</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Personal data in the package</source>
            <translation>数据包中的个人数据</translation>
        </message>
        <message>
            <location line="+9" />
            <source>leave empty to import with personal data locked</source>
            <translation>留空则导入后个人数据保持锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encryption key &amp;passphrase:</source>
            <translation>加密密钥口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Fieldbook packages (*.fieldbook)</source>
            <translation>Fieldbook 数据包 (*.fieldbook)</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Sealed for %1 (%2), a key this store does not have: the package imports without its personal data.</source>
            <translation>已为 %1（%2）加密，此存储文件没有该密钥：数据包导入时不含个人数据。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sealed for this store's key "%1". Personal data of this store is locked: Import asks for the store's passphrase before opening them.</source>
            <translation>已为此存储文件的密钥“%1”加密。此存储文件的个人数据已锁定：导入时会先要求输入存储文件的口令再打开。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sealed for this store's key "%1". Give its passphrase to open them now.</source>
            <translation>已为此存储文件的密钥“%1”加密。输入其口令即可立即打开。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Refused: nothing was imported.</source>
            <translation>已拒绝：未导入任何内容。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This store's personal data is locked: import again after unlocking it, or leave the passphrase empty to import with personal data locked.</source>
            <translation>此存储文件的个人数据已锁定：请解锁后重新导入，或将口令留空，在个人数据锁定的状态下导入。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 Nothing was imported; try again.</source>
            <translation>%1 未导入任何内容，请重试。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing was imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing new: this package was imported before.</source>
            <translation>没有新内容：此数据包以前已导入过。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Personal values opened now: %1.</source>
            <translation>本次打开的个人数据值：%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merged — rows added: %1, unchanged: %2, conflicting edits to resolve: %3.</source>
            <translation>已合并 — 新增行：%1，未变：%2，待解决的冲突修改：%3。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Renumbered: %1.</source>
            <translation>已重新编号：%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal values opened: %1.</source>
            <translation>已打开的个人数据值：%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal values kept locked: %1 (import again with the passphrase to open them).</source>
            <translation>仍锁定的个人数据值：%1（输入口令重新导入即可打开）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal data was sealed for another key and left out.</source>
            <translation>个人数据是为其他密钥加密的，未导入。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed with: %1 (key %2).</source>
            <translation>签名密钥：%1（密钥 %2）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: the key was given for this import only and is not in this store's trust list; compare its fingerprint with the signer.</source>
            <translation>警告：该密钥仅用于本次导入，不在本数据库的信任列表中；请与签名人核对其指纹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows deleted here since, not brought back: %1.</source>
            <translation>此后在此处删除的行，未恢复：%1。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportRunPage</name>
        <message>
            <location filename="../../ui/records/ImportRunPage.cpp" line="+19" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are written in one step: if it is cancelled or fails, the audit keeps exactly what it had before.</source>
            <translation>记录一次性写入：如果取消或失败，审核会完全保持原样。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Cancel import</source>
            <translation>取消导入(&amp;C)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling: undoing what was written…</source>
            <translation>正在取消：撤销已写入的内容…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Starting…</source>
            <translation>正在开始…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the files…</source>
            <translation>正在读取文件…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the records: %1 of %2…</source>
            <translation>正在写入记录：%1 / %2…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled: nothing was imported; the audit's records are as they were.</source>
            <translation>已取消：未导入任何内容；审核的记录保持原样。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was imported.</source>
            <translation>未导入任何内容。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported.</source>
            <translation>已导入。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>They replace the audit's earlier records: %1.</source>
            <translation>它们替换了审核中原有的记录：%1。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s) or unpaired punch(es) kept in the quarantine list; the report shows them.</source>
            <translation>
                <numerusform>%n 条错误行或不成对的打卡已放入隔离清单；报告中会列出。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n name(s) and ID number(s) were not stored, because personal data is locked. Unlock it and import again to keep them, sealed.</source>
            <translation>
                <numerusform>因个人数据已锁定，%n 个姓名和身份证号未保存。解锁后重新导入即可加密保存。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Column choices remembered for this facility: %1.</source>
            <translation>已为本工厂记住的列选择：%1。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next: run the analysis on the Record analysis page.</source>
            <translation>下一步：在“记录分析”页面运行分析。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewForm</name>
        <message>
            <location filename="../../ui/interviews/InterviewForm.cpp" line="+18" />
            <source>No interview selected.
Ctrl+Shift+N starts a new one.</source>
            <translation>未选择访谈。
按 Ctrl+Shift+N 新建访谈。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No interview selected.
Ctrl+Shift+N starts an individual interview, Ctrl+Shift+G a group interview.</source>
            <translation>未选择访谈。
按 Ctrl+Shift+N 新建个别访谈，按 Ctrl+Shift+G 新建集体访谈。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete interview…</source>
            <translation>删除访谈…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deletes this interview and its answers (cannot be undone)</source>
            <translation>删除此访谈及其回答（无法撤销）</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Details</source>
            <translation>详情(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions</source>
            <translation>问题(&amp;Q)</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+11" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The interview</source>
            <translation>访谈情况</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Individual (one person)</source>
            <translation>个别访谈（一人）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>集体访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Format:</source>
            <translation>形式(&amp;F)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;People:</source>
            <translation>人数(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change number of people</source>
            <translation>更改人数</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Where:</source>
            <translation>地点(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change where the interview was held</source>
            <translation>更改访谈地点</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD HH:MM</source>
            <translation>例如 2024-05-20 14:30</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When:</source>
            <translation>时间(&amp;W)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change when the interview was held</source>
            <translation>更改访谈时间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>who asked the questions</source>
            <translation>提问的人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inter&amp;viewer:</source>
            <translation>访谈员(&amp;V)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change interviewer</source>
            <translation>更改访谈员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I think the answers were &amp;coached</source>
            <translation>我认为回答受过教导(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick when answers sounded learnt by heart, the same words as others, or when the worker said they were told what to say.</source>
            <translation>回答听起来像背出来的、与他人用词相同，或工人说有人教过他们怎么说时，请勾选。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change coaching suspected</source>
            <translation>更改疑似受教导</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who was interviewed (no names)</source>
            <translation>受访者（不写姓名）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who was interviewed</source>
            <translation>受访者</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Role:</source>
            <translation>职务(&amp;R)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change role</source>
            <translation>更改职务</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Sewing</source>
            <translation>例如：缝纫</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De&amp;partment:</source>
            <translation>部门(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change department</source>
            <translation>更改部门</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Gender:</source>
            <translation>性别(&amp;G)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change gender</source>
            <translation>更改性别</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Age:</source>
            <translation>年龄(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change age</source>
            <translation>更改年龄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wor&amp;ked here:</source>
            <translation>本厂工龄(&amp;K)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change time worked here</source>
            <translation>更改本厂工龄</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Shift:</source>
            <translation>班次(&amp;S)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change shift</source>
            <translation>更改班次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Migrant worker:</source>
            <translation>外来工(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change migrant worker</source>
            <translation>更改外来工</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agenc&amp;y worker:</source>
            <translation>派遣工(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change agency worker</source>
            <translation>更改派遣工</translation>
        </message>
        <message>
            <location line="+3" />
            <source>employee number, stored encrypted</source>
            <translation>工号，加密保存</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only used to compare what the worker said with their own records. Stored encrypted; never shown in reports.</source>
            <translation>仅用于将工人所述与其本人的记录对比。加密保存；绝不显示在报告中。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;gister no.:</source>
            <translation>花名册工号(&amp;G)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change link to the register</source>
            <translation>更改与花名册的关联</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the worker said about hours and pay</source>
            <translation>工人所述的工时和工资</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Hours a week:</source>
            <translation>每周工时(&amp;H)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 60 (empty: not asked)</source>
            <translation>例如 60（留空：未问）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated weekly hours</source>
            <translation>更改自述每周工时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Days off a week:</source>
            <translation>每周休息天数(&amp;D)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 1</source>
            <translation>例如 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated days off</source>
            <translation>更改自述休息天数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pa&amp;y a month (net):</source>
            <translation>每月实发工资(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in the audit's currency</source>
            <translation>按审核所用货币</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated monthly pay</source>
            <translation>更改自述月工资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;eductions a month:</source>
            <translation>每月扣款(&amp;E)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 150</source>
            <translation>例如 150</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated deductions</source>
            <translation>更改自述扣款</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not asked</source>
            <translation>未问</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Overtime is voluntary:</source>
            <translation>加班是否自愿(&amp;O)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change overtime voluntary</source>
            <translation>更改加班是否自愿</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Group interview: pay and hours are never discussed in group interviews. Ask about them in individual interviews.</source>
            <translation>集体访谈：集体访谈中绝不讨论工资和工时。请在个别访谈中询问。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Notes (what was said, in the interviewee's words; stored encrypted):</source>
            <translation>访谈记录(&amp;N)（受访者的原话；加密保存）：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No names. Write what you heard and how it compares with the records.</source>
            <translation>不写姓名。记下您听到的内容，以及它与记录的对比。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit interview notes</source>
            <translation>编辑访谈记录</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Group interview: the questions about pay and hours are left out.</source>
            <translation>集体访谈：已略去关于工资和工时的问题。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interview questions</source>
            <translation>访谈问题</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Answer:</source>
            <translation>回答：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(keys 1, 2, 3; 0 clears; F8 next unanswered)</source>
            <translation>（按键 1、2、3；0 清除；F8 下一个未回答）</translation>
        </message>
        <message>
            <location line="+6" />
            <source>N&amp;ote on this answer (stored encrypted):</source>
            <translation>此回答的备注(&amp;O)（加密保存）：</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit note on an answer</source>
            <translation>编辑回答备注</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question of this interview is answered.</source>
            <translation>此访谈的所有问题都已回答。</translation>
        </message>
        <message>
            <location line="+82" />
            <source>group of %1</source>
            <translation>%1 人集体访谈</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 questions answered</source>
            <translation>已回答 %1/%2 个问题</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Questions (%1/%2)</source>
            <translation>问题(&amp;Q)（%1/%2）</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The checklist of this audit has no question for this kind of interview.</source>
            <translation>此审核的检查表中没有这类访谈的问题。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a question.</source>
            <translation>请选择一个问题。</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Clear answer</source>
            <translation>清除回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer %1: %2</source>
            <translation>回答 %1：%2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Make it a group interview</source>
            <translation>改为集体访谈</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make it an individual interview</source>
            <translation>改为个别访谈</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewListModel</name>
        <message>
            <location filename="../../ui/interviews/InterviewListModel.cpp" line="+56" />
            <source>Not held yet</source>
            <translation>尚未进行</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Held %1</source>
            <translation>进行于 %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group interview: pay and hours are not discussed</source>
            <translation>集体访谈：不讨论工资和工时</translation>
        </message>
        <message>
            <location line="+11" />
            <source>group of %1</source>
            <translation>%1 人集体访谈</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Code</source>
            <translation>编号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Format</source>
            <translation>形式</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>职务</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered</source>
            <translation>已回答</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewQuestionModel</name>
        <message>
            <location filename="../../ui/interviews/InterviewQuestionModel.cpp" line="+185" />
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>✎ note</source>
            <translation>✎ 备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 ✎</source>
            <translation>%1 ✎</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>回答</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewsPanel</name>
        <message>
            <location filename="../../ui/interviews/InterviewsPanel.cpp" line="+36" />
            <source>&amp;New interview</source>
            <translation>新建访谈(&amp;N)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an individual interview (Ctrl+Shift+N)</source>
            <translation>新建个别访谈 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start an interview (Ctrl+Shift+N)</source>
            <translation>新建访谈 (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New &amp;group</source>
            <translation>新建集体访谈(&amp;G)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a group interview (Ctrl+Shift+G). Pay and hours are not discussed in groups.</source>
            <translation>新建集体访谈 (Ctrl+Shift+G)。集体访谈中不讨论工资和工时。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Worker interviews</source>
            <translation>工人访谈</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Management interviews</source>
            <translation>管理层访谈</translation>
        </message>
        <message numerus="yes">
            <location line="+59" />
            <source>%n interview(s) with %1 worker(s); %2 answers given.</source>
            <translation>
                <numerusform>%n 次访谈，共 %1 名工人；已回答 %2 个问题。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n interview(s); %1 answers given.</source>
            <translation>
                <numerusform>%n 次访谈；已回答 %1 个问题。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 created. The link to the register was not stored: personal data is locked.</source>
            <translation>已创建 %1。与花名册的关联未保存：个人数据已锁定。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 created: every field is saved as you type.</source>
            <translation>已创建 %1：每个字段都会在输入时自动保存。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Delete interview</source>
            <translation>删除访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete interview %1 with its answers and notes? This cannot be undone.</source>
            <translation>删除访谈 %1 及其回答和记录？此操作无法撤销。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 deleted.</source>
            <translation>已删除 %1。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::KeyTableModel</name>
        <message>
            <location filename="../../ui/signing/KeyTableModel.cpp" line="+95" />
            <source>Signing key, revoked %1</source>
            <translation>签名密钥，已于 %1 吊销</translation>
        </message>
        <message>
            <location line="+4" />
            <source>My signing key</source>
            <translation>我的签名密钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>My encryption key</source>
            <translation>我的加密密钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted signing key</source>
            <translation>受信任的签名密钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted encryption key</source>
            <translation>受信任的加密密钥</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Key id %1</source>
            <translation>密钥编号 %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Key</source>
            <translation>密钥</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fingerprint</source>
            <translation>指纹</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>添加时间</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::KeysDialog</name>
        <message>
            <location filename="../../ui/signing/KeysDialog.cpp" line="+28" />
            <source>Keys</source>
            <translation>密钥</translation>
        </message>
        <message>
            <location line="+29" />
            <source>New &amp;signing key…</source>
            <translation>新建签名密钥(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New &amp;encryption key…</source>
            <translation>新建加密密钥(&amp;E)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For head office or a team lead: auditors seal personal data to this key.</source>
            <translation>供总部或组长使用：审核员用此密钥加密个人数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport public key…</source>
            <translation>导出公钥(&amp;X)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Trust signing key…</source>
            <translation>信任签名密钥(&amp;T)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A minisign public key (.pub) of another auditor or head office, to verify their packages.</source>
            <translation>其他审核员或总部的 minisign 公钥 (.pub)，用于验证他们的数据包。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trust enc&amp;ryption key…</source>
            <translation>信任加密密钥(&amp;R)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head office's encryption public key, to seal personal data for it.</source>
            <translation>总部的加密公钥，用于为总部加密个人数据。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Re&amp;voke…</source>
            <translation>吊销(&amp;V)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packages this signing key signs from now on are refused; those signed before still verify. For a key known to be stolen, remove it from the trust list instead.</source>
            <translation>此后由该签名密钥签名的包将被拒绝；之前签名的仍可验证。若已知密钥被盗，请改为将其从信任列表中移除。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Untrust</source>
            <translation>取消信任(&amp;U)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Revoke key</source>
            <translation>吊销密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoke the signing key "%1" (%2)? Packages it signs from now on are refused.</source>
            <translation>吊销签名密钥“%1”（%2）？此后由其签名的包将被拒绝。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Untrust key</source>
            <translation>取消信任密钥</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove "%1" (%2) from this store's trust list?</source>
            <translation>将“%1”（%2）从本数据库的信任列表中移除？</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No signing key yet: reports are marked "unsigned draft".</source>
            <translation>还没有签名密钥：报告会标为“未签名草稿”。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports you sign carry the fingerprint of your key — %1</source>
            <translation>您签名的报告带有您的密钥指纹 — %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Key "%1" (%2) revoked: packages it signs from now on are refused.</source>
            <translation>密钥“%1”（%2）已吊销：此后由其签名的包将被拒绝。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Key "%1" (%2) is no longer trusted.</source>
            <translation>密钥“%1”（%2）已不再受信任。</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Key %1 created.</source>
            <translation>已创建密钥 %1。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: cannot write: %2</source>
            <translation>%1：无法写入：%2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Public key written to %1 (fingerprint %2).</source>
            <translation>公钥已写入 %1（指纹 %2）。</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export public key</source>
            <translation>导出公钥</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>公钥 (*.pub);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+21" />
            <source>%1: cannot read: %2</source>
            <translation>%1：无法读取：%2</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Trusted %1 (%2) for verifying packages.</source>
            <translation>已信任 %1（%2），用于验证数据包。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trusted %1 (%2): personal data can be sealed for it.</source>
            <translation>已信任 %1（%2）：可以为其加密个人数据。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trust a signing key</source>
            <translation>信任签名密钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trust an encryption key</source>
            <translation>信任加密密钥</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Whose key is it?</source>
            <translation>这是谁的密钥？</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name (as you check it with the key's owner):</source>
            <translation>名称（请与密钥所有者核对）：</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::MainWindow</name>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="+71" />
            <source>Audits</source>
            <translation>审核</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+20" />
            <source>&amp;New audit…</source>
            <translation>新建审核(&amp;N)…</translation>
        </message>
        <message>
            <location line="-18" />
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>删除(&amp;D)…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;audit</source>
            <translation>打开审核(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close audit</source>
            <translation>关闭审核(&amp;C)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete audit…</source>
            <translation>删除审核(&amp;D)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;store…</source>
            <translation>打开存储文件(&amp;S)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Recent stores</source>
            <translation>最近的存储文件(&amp;R)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preferences…</source>
            <translation>首选项(&amp;P)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit &amp;list</source>
            <translation>审核列表(&amp;L)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Tools</source>
            <translation>工具(&amp;T)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>用户指南(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Fieldbook</source>
            <translation>关于 Fieldbook(&amp;A)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open store</source>
            <translation>打开存储文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The store %1 could not be opened.

%2</source>
            <translation>无法打开存储文件 %1。

%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>auditor</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+250" />
            <source>Store: %1</source>
            <translation>存储文件：%1</translation>
        </message>
        <message>
            <location line="-235" />
            <source>The audit list could not be read: %1</source>
            <translation>无法读取审核列表：%1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The checklist could not be derived: %1</source>
            <translation>无法生成检查表：%1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+179" />
            <source>Open audit</source>
            <translation>打开审核</translation>
        </message>
        <message>
            <location line="-178" />
            <location line="+179" />
            <source>The audit could not be opened.

%1</source>
            <translation>无法打开审核。

%1</translation>
        </message>
        <message>
            <location line="-165" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+75" />
            <location line="+10" />
            <source>Delete audit</source>
            <translation>删除审核</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Delete the audit "%1" of %2 with all its answers, evidence, interviews and records?

This cannot be undone.</source>
            <translation>删除 %2 的审核“%1”及其所有回答、证据、访谈和记录？

此操作无法撤销。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Open or create a store</source>
            <translation>打开或新建存储文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fieldbook stores (*.sqlite *.fieldbook);;All files (*)</source>
            <translation>Fieldbook 存储文件 (*.sqlite *.fieldbook);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+144" />
            <source>About Fieldbook</source>
            <translation>关于 Fieldbook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;An offline companion for social-compliance auditors: checklists from codes of conduct, guided audit steps, analysis of factory records, signed packages and reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;社会责任合规审核员的离线助手：基于行为守则的检查表、引导式审核步骤、工厂记录分析、签名数据包和报告。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keyboard</source>
            <translation>键盘</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9, Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Go to a phase of the audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 4 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Answer: compliant, non-compliant, observation, not applicable, not verified&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8 / Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next unanswered question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Raise a finding from the question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the checklist&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close the audit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Every edit is saved at once; there is nothing to save.&lt;/p&gt;</source>
            <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建审核&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9, Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;转到某个审核阶段&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 4 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;回答：符合、不符合、观察项、不适用、未核实&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8 / Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个未回答的问题&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;根据问题提出审核发现&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;搜索检查表&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;撤销 / 重做&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;关闭审核&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;每次编辑都会立即保存，无需手动保存。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;p&gt;&lt;b&gt;Interviews&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N / Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New interview / new group interview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Questions: yes, no, unclear / clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next unanswered interview question&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Other&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock personal data&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preferences (language)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;User guide&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;访谈&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N / Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;新建访谈 / 新建小组访谈&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;问题：是、否、不清楚 / 清除回答&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个未回答的访谈问题&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;其他&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;锁定个人数据&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;首选项（语言）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;用户指南&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ManagementInterviewPage</name>
        <message>
            <location filename="../../ui/interviews/ManagementInterviewPage.cpp" line="+40" />
            <source>%1 of %2 planned management interviews held (at least HR, production, health and safety) · %3 answers given · Ctrl+Shift+N new interview</source>
            <translation>计划的 %2 次管理层访谈已进行 %1 次（至少包括人力资源、生产、健康与安全）· 已回答 %3 个问题 · Ctrl+Shift+N 新建访谈</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::MeetingPage</name>
        <message>
            <location filename="../../ui/pages/MeetingPage.cpp" line="+27" />
            <source>Agenda</source>
            <translation>议程</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Notes</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who attended (names and roles), what was agreed, documents requested.</source>
            <translation>出席人员（姓名和职务）、商定事项、索取的文件。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who attended, findings presented, management's response, agreed dates.</source>
            <translation>出席人员、通报的审核发现、管理层的回应、商定的日期。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit meeting notes</source>
            <translation>编辑会议记录</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Tick agenda point</source>
            <translation>勾选议程事项</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::NewAuditWizard</name>
        <message>
            <location filename="../../ui/wizard/NewAuditWizard.cpp" line="+18" />
            <source>New audit</source>
            <translation>新建审核</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Facility</source>
            <translation>工厂</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which factory is audited?</source>
            <translation>审核哪家工厂？</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+36" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="-29" />
            <source>%1 (%2) — no built-in rules</source>
            <translation>%1 (%2) — 无内置规则</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>国家(&amp;C)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ity:</source>
            <translation>城市(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation>地址(&amp;A)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Workers (headcount):</source>
            <translation>工人(&amp;W)（人数）：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Codes and facility profile</source>
            <translation>守则与工厂概况</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The checklist is derived from the codes and the profile.</source>
            <translation>检查表根据守则和工厂概况生成。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes audited</source>
            <translation>审核依据的守则</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Imported code</source>
            <translation>导入的守则</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The facility has</source>
            <translation>工厂有</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Visit</source>
            <translation>审核安排</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When, for whom, and how the visit is announced.</source>
            <translation>何时审核、为谁审核、如何通知。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Initial audit %1</source>
            <translation>例如：%1 年初次审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left empty, the audit is named after its first day.</source>
            <translation>留空时，审核以第一天的日期命名。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Brand / buyer</source>
            <translation>品牌方 / 买家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier (the factory)</source>
            <translation>供应商（工厂）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Announced</source>
            <translation>通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>半通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>不通知审核</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No — a new audit</source>
            <translation>否 — 新审核</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Names separated by commas</source>
            <translation>姓名，用逗号分隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead au&amp;ditor:</source>
            <translation>主审核员(&amp;D)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other team &amp;members:</source>
            <translation>其他组员(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First day:</source>
            <translation>第一天(&amp;F)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last day:</source>
            <translation>最后一天(&amp;L)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paid by:</source>
            <translation>支付方(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;nnouncement:</source>
            <translation>通知方式(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ollow-up of:</source>
            <translation>跟进的审核(&amp;O)：</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit %1</source>
            <translation>审核 %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the name of the facility.</source>
            <translation>请输入工厂名称。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose at least one code to audit against.</source>
            <translation>请至少选择一个审核依据的守则。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The audit could not be created.

%1</source>
            <translation>无法创建审核。

%1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::NewPassphraseFields</name>
        <message>
            <location filename="../../ui/signing/NewPassphraseFields.cpp" line="+23" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat:</source>
            <translation>再次输入(&amp;R)：</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+30" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Choose a passphrase of several words.</source>
            <translation>请选择由多个词组成的口令。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PhaseListDelegate</name>
        <message>
            <location filename="../../ui/workspace/PhaseListDelegate.cpp" line="+27" />
            <location line="+26" />
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PlaceholderPage</name>
        <message>
            <location filename="../../ui/workspace/PlaceholderPage.cpp" line="+14" />
            <source>The %1 page is not available in this build yet.</source>
            <translation>此版本还没有“%1”页面。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PlanPage</name>
        <message>
            <location filename="../../ui/pages/PlanPage.cpp" line="+47" />
            <source>Visit</source>
            <translation>审核安排</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit audit title</source>
            <translation>编辑审核标题</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The codes decide the checklist; they are chosen when the audit is created.</source>
            <translation>守则决定检查表的内容，在创建审核时选定。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change first day</source>
            <translation>更改第一天</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change last day</source>
            <translation>更改最后一天</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Change records period</source>
            <translation>更改记录期间</translation>
        </message>
        <message>
            <location line="+3" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Initial</source>
            <translation>初次审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Periodic</source>
            <translation>定期审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>跟进审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special</source>
            <translation>特别审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change audit type</source>
            <translation>更改审核类型</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>Not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Brand / buyer</source>
            <translation>品牌方 / 买家</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier (the factory)</source>
            <translation>供应商（工厂）</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+164" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="-163" />
            <source>Change who pays</source>
            <translation>更改支付方</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Announced</source>
            <translation>通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>半通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>不通知审核</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change announcement</source>
            <translation>更改通知方式</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change audit status</source>
            <translation>更改审核状态</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sites, buildings, departments and workers covered; anything excluded and why.</source>
            <translation>涵盖的厂区、建筑、部门和工人；排除的部分及原因。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit scope</source>
            <translation>编辑审核范围</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title:</source>
            <translation>标题：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes:</source>
            <translation>守则：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day:</source>
            <translation>第一天：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day:</source>
            <translation>最后一天：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records period:</source>
            <translation>记录期间：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid by:</source>
            <translation>支付方：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announcement:</source>
            <translation>通知方式：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>状态：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Facility</source>
            <translation>工厂</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit facility name</source>
            <translation>编辑工厂名称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit city</source>
            <translation>编辑城市</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit address</source>
            <translation>编辑地址</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. garments, electronics, footwear</source>
            <translation>例如：服装、电子、鞋类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit industry</source>
            <translation>编辑行业</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change headcount</source>
            <translation>更改员工人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:</source>
            <translation>名称：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City:</source>
            <translation>城市：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address:</source>
            <translation>地址：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industry:</source>
            <translation>行业：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers:</source>
            <translation>工人数：</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Facility profile</source>
            <translation>工厂概况</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Audit team</source>
            <translation>审核组</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>年资</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Visited before</source>
            <translation>曾到访</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add member</source>
            <translation>添加组员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New member</source>
            <translation>新组员</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Lead auditor</source>
            <translation>主审核员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auditor</source>
            <translation>审核员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviewer</source>
            <translation>访谈员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observer</source>
            <translation>观察员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trainee</source>
            <translation>实习审核员</translation>
        </message>
        <message>
            <location line="+2" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Edit audit team</source>
            <translation>编辑审核组</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Change facility profile</source>
            <translation>更改工厂概况</translation>
        </message>
        <message>
            <location line="+20" />
            <source>none</source>
            <translation>无</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences/PreferencesDialog.cpp" line="+16" />
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>System default (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Same as the interface</source>
            <translation>与界面相同</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Interface language:</source>
            <translation>界面语言(&amp;I)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default &amp;report language:</source>
            <translation>默认报告语言(&amp;R)：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The interface changes at once; the open audit stays open. The report language can still be chosen for each report when it is generated.</source>
            <translation>界面会立即切换，打开的审核保持打开。生成每份报告时仍可单独选择报告语言。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::QuestionPanel</name>
        <message>
            <location filename="../../ui/checklist/QuestionPanel.cpp" line="+43" />
            <source>Select a question on the left.
F8 jumps to the next unanswered one.</source>
            <translation>请在左侧选择一个问题。
按 F8 跳到下一个未回答的问题。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>How to verify</source>
            <translation>如何核实</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Guidance:</source>
            <translation>指引：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look at:</source>
            <translation>查看：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Methods:</source>
            <translation>方法：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer (keys 1–5)</source>
            <translation>回答（按键 1–5）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Notes (saved as you type):</source>
            <translation>备注(&amp;N)（输入时自动保存）：</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What you saw, read or heard — with where and from whom.</source>
            <translation>您看到、读到或听到的内容 — 注明地点和来源。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Evidence:</source>
            <translation>证据：</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add photo or document…</source>
            <translation>添加照片或文件(&amp;A)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Raise finding</source>
            <translation>提出审核发现(&amp;R)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a finding with this question's clauses and notes (Ctrl+R)</source>
            <translation>用此问题的条款和备注创建审核发现 (Ctrl+R)</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+1" />
            <location line="+5" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Clear answer</source>
            <translation>清除回答</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer: %1</source>
            <translation>回答：%1</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Edit notes</source>
            <translation>编辑备注</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/RecordAnalysisPage.cpp" line="+62" />
            <source>Import the factory's own records, run the checks, then decide on each flag: confirm it as a finding or dismiss it with a reason.</source>
            <translation>导入工厂自己的记录，运行检查，然后逐一处理标记：确认为审核发现，或说明理由后驳回。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import records…</source>
            <translation>导入记录(&amp;I)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run analysis</source>
            <translation>运行分析(&amp;R)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Runs every check on the records (F5). The window stays usable while it runs.</source>
            <translation>对记录运行所有检查 (F5)。运行期间窗口仍可正常使用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Flags</source>
            <translation>标记</translation>
        </message>
        <message>
            <location line="+46" />
            <source>workers</source>
            <translation>名工人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time records</source>
            <translation>条考勤记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>payroll rows</source>
            <translation>行工资记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>production days</source>
            <translation>天生产记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gate events</source>
            <translation>条门卫记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Records in this audit: %1</source>
            <translation>本审核的记录：%1</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Analysis cancelled: nothing was changed.</source>
            <translation>分析已取消：没有任何更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analysis failed</source>
            <translation>分析失败</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analysis finished.</source>
            <translation>分析完成。</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing was imported</source>
            <translation>未导入任何内容</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>Records imported.</source>
            <translation>记录已导入。</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not confirmed</source>
            <translation>未确认</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Not dismissed</source>
            <translation>未驳回</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Confirm as finding</source>
            <translation>确认为审核发现</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Finding:</source>
            <translation>审核发现：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade:</source>
            <translation>等级：</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dismiss flag</source>
            <translation>驳回标记</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why is this not a finding? (a reviewer will read it)</source>
            <translation>为什么这不是审核发现？（复核人员会阅读）</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordImportWizard</name>
        <message>
            <location filename="../../ui/records/RecordImportWizard.cpp" line="+18" />
            <source>Import records</source>
            <translation>导入记录</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordIssueModel</name>
        <message>
            <location filename="../../ui/records/RecordIssueModel.cpp" line="+50" />
            <source>%1
The row: %2</source>
            <translation>%1
该行：%2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (notice: does not stop the import)</source>
            <translation>%1（提示：不影响导入）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordPreviewModel</name>
        <message>
            <location filename="../../ui/records/RecordPreviewModel.cpp" line="+79" />
            <source>Line</source>
            <translation>行</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ReportPage</name>
        <message>
            <location filename="../../ui/pages/ReportPage.cpp" line="+26" />
            <source>What the report contains</source>
            <translation>报告包含的内容</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Report &amp;language:</source>
            <translation>报告语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Generate PDF report…</source>
            <translation>生成 PDF 报告…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export signed package…</source>
            <translation>导出签名数据包…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writes the audit report as a PDF (no worker names, no interview statements).</source>
            <translation>将审核报告写成 PDF（不含工人姓名和访谈陈述）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the audit report</source>
            <translation>保存审核报告</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit-report-%1.pdf</source>
            <translation>审核报告-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Writes the audit, its evidence and the report as one signed file for head office (personal data left out, or sealed for head office).</source>
            <translation>将审核、证据和报告写成一个签名文件发给总部（不含个人数据，或为总部加密）。</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+40" />
            <source>Mark the audit as completed</source>
            <translation>将审核标记为已完成</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Sets the audit's status to completed (undo with Ctrl+Z).</source>
            <translation>将审核状态设为已完成（可用 Ctrl+Z 撤销）。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark audit completed</source>
            <translation>标记审核已完成</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The audit is completed</source>
            <translation>审核已完成</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Report written: %1 (%n page(s))</source>
            <translation>
                <numerusform>报告已写入：%1（%n 页）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SamplePanel</name>
        <message>
            <location filename="../../ui/interviews/SamplePanel.cpp" line="+74" />
            <source>Rule for this audit</source>
            <translation>本次审核的抽样规则</translation>
        </message>
        <message>
            <location line="+4" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At &amp;least:</source>
            <translation>最少(&amp;L)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At &amp;most:</source>
            <translation>最多(&amp;M)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indi&amp;vidual:</source>
            <translation>个别访谈(&amp;V)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group si&amp;ze:</source>
            <translation>每组人数(&amp;Z)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Young (&lt;18):</source>
            <translation>未满18岁(&amp;Y)：</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;New (&lt;3 mo.):</source>
            <translation>入职不足3个月(&amp;N)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share of the sample interviewed one by one; the others in groups</source>
            <translation>样本中个别访谈的比例；其余参加集体访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers under 18 included on purpose, when the register has them</source>
            <translation>花名册中有未满18岁的工人时，特意纳入的人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers hired less than 3 months ago included on purpose</source>
            <translation>特意纳入的入职不足3个月的工人人数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Draw a new sample</source>
            <translation>重新抽样(&amp;D)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draws the workers again with a new random seed. Workers left out stay out.</source>
            <translation>用新的随机种子重新抽取工人。已排除的工人仍被排除。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;pply rule</source>
            <translation>应用规则(&amp;P)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draws again with the same seed and the rule above</source>
            <translation>用相同的随机种子和上面的规则重新抽取</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workforce by department, gender and shift</source>
            <translation>按部门、性别和班次划分的员工构成</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Workers to interview (chosen by you, not by management)</source>
            <translation>受访工人（由您选定，而非管理层）</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Interview this worker</source>
            <translation>访谈此工人(&amp;I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starts an interview with this worker's department, gender, age, tenure and shift filled in (Enter)</source>
            <translation>新建访谈，并自动填入此工人的部门、性别、年龄、工龄和班次 (Enter)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leave &amp;out</source>
            <translation>排除(&amp;O)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaves the selected worker out for the reason chosen; another worker of the same group takes the place</source>
            <translation>以所选原因排除选中的工人；由同一群体的另一名工人替补</translation>
        </message>
        <message>
            <location line="+2" />
            <source>because:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Re-&amp;draw (new seed)</source>
            <translation>重新抽样(&amp;D)（新种子）</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Draw the sample</source>
            <translation>抽取样本(&amp;D)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No sample drawn yet: press “Draw the sample”. You choose the workers, not management.</source>
            <translation>尚未抽样：请按“抽取样本”。受访工人由您选定，而非管理层。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the factory's register (workers.csv, under Record analysis) to draw the sample from it. Until then the plan follows the declared headcount (%1): interview %2 workers.</source>
            <translation>请导入工厂的花名册（workers.csv，在“记录分析”中导入）后再从中抽样。在此之前，计划按申报的员工人数（%1）：访谈 %2 名工人。</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Drawn %1 with seed %2 (the same seed and rule give the same workers). %3 selected, %4 left out.</source>
            <translation>于 %1 抽取，随机种子 %2（相同的种子和规则抽出相同的工人）。已选 %3 人，排除 %4 人。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The register has changed since this sample was drawn (%1 workers then, %2 now): re-draw it.</source>
            <translation>抽样后花名册已有变化（当时 %1 名工人，现在 %2 名）：请重新抽样。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one left to draw for: %1.</source>
            <translation>以下群体已无人可抽：%1。</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Sample drawn: %1 workers (seed %2).</source>
            <translation>已抽样：%1 名工人（随机种子 %2）。</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+20" />
            <source>Select a worker of the sample first.</source>
            <translation>请先从样本中选择一名工人。</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 left out (%2).</source>
            <translation>已排除 %1（%2）。</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Worker %1 is no longer on the register.</source>
            <translation>工人 %1 已不在花名册上。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SampleStrataModel</name>
        <message>
            <location filename="../../ui/interviews/SampleStrataModel.cpp" line="+37" />
            <source>Proportional share of the sample: sample size × workers in this group ÷ all workers</source>
            <translation>按比例分配的样本数：样本量 × 本群体工人数 ÷ 全部工人数</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shift</source>
            <translation>班次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Workers</source>
            <translation>工人数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share</source>
            <translation>应抽</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drawn</source>
            <translation>已抽</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SampleWorkerModel</name>
        <message>
            <location filename="../../ui/interviews/SampleWorkerModel.cpp" line="+92" />
            <source>group %1</source>
            <translation>第 %1 组</translation>
        </message>
        <message>
            <location line="+5" />
            <source>left out: %1</source>
            <translation>已排除：%1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Employee no.</source>
            <translation>工号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interview</source>
            <translation>访谈</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department · gender · shift</source>
            <translation>部门 · 性别 · 班次</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why chosen</source>
            <translation>入选原因</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SealedTextBinding</name>
        <message>
            <location filename="../../ui/interviews/SealedTextBinding.cpp" line="+150" />
            <source>Locked: unlock personal data (your passphrase) to write here. Nothing is stored without it.</source>
            <translation>已锁定：请（用您的口令）解锁个人数据后再在此填写。未解锁时不会保存任何内容。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stored encrypted. Unlock personal data (your passphrase) to read or change it.</source>
            <translation>已加密保存。请（用您的口令）解锁个人数据后查看或修改。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Encrypted with another auditor's key: it cannot be read here and is kept as it is.</source>
            <translation>已用其他审核员的密钥加密：在此无法读取，将原样保留。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SecurityActions</name>
        <message>
            <location filename="../../ui/signing/SecurityActions.cpp" line="+76" />
            <source>E&amp;xport signed package…</source>
            <translation>导出签名数据包(&amp;X)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify package…</source>
            <translation>验证数据包(&amp;V)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import package…</source>
            <translation>导入数据包(&amp;I)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync c&amp;onflicts…</source>
            <translation>同步冲突(&amp;O)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keys…</source>
            <translation>密钥(&amp;K)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unlock personal data…</source>
            <translation>解锁个人数据(&amp;U)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock personal data</source>
            <translation>锁定个人数据(&amp;L)</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Personal data: unlocked</source>
            <translation>个人数据：已解锁</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Personal data: locked</source>
            <translation>个人数据：已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and interview notes are shown and recorded. Click to lock (Ctrl+Shift+L).</source>
            <translation>姓名和访谈记录会显示并保存。点击可锁定 (Ctrl+Shift+L)。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and interview notes are hidden and not recorded. Click to unlock.</source>
            <translation>姓名和访谈记录已隐藏，也不会保存。点击可解锁。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictModel</name>
        <message>
            <location filename="../../ui/sync/SyncConflictModel.cpp" line="+28" />
            <source>%1, %2</source>
            <translation>%1，%2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Here</source>
            <translation>本地</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In the package</source>
            <translation>数据包中</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed here by</source>
            <translation>本地修改人</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Package signed by</source>
            <translation>数据包签名者</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/SyncConflictsDialog.cpp" line="+15" />
            <source>Sync conflicts</source>
            <translation>同步冲突</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictsPanel</name>
        <message>
            <location filename="../../ui/sync/SyncConflictsPanel.cpp" line="+30" />
            <source>Conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Keep the value here</source>
            <translation>保留本地值(&amp;K)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Take the package's value</source>
            <translation>采用数据包中的值(&amp;T)</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No open conflicts: every edit is merged.</source>
            <translation>没有未解决的冲突：所有修改都已合并。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicting edits to resolve: %1. Until you choose, the value here stays; nothing from the package is dropped.</source>
            <translation>待解决的冲突修改：%1。在您作出选择之前，保留本地值；数据包中的内容不会丢弃。</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Resolve conflict</source>
            <translation>解决冲突</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ThresholdsGroup</name>
        <message>
            <location filename="../../ui/pages/ThresholdsGroup.cpp" line="+49" />
            <source>Thresholds in force (the stricter of code and law)</source>
            <translation>现行限值（守则与法律中较严者）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Region (wage zone, province or state):</source>
            <translation>地区（工资区、省或州）(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Minimum wages and some limits differ by region: choose the one the facility is in.</source>
            <translation>最低工资和部分上限因地区而异：请选择工厂所在地区。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Threshold</source>
            <translation>限值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where it comes from</source>
            <translation>来源</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check</source>
            <translation>核对</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In force</source>
            <translation>有效期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your reason</source>
            <translation>您的理由</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Use the rule again</source>
            <translation>恢复使用规则</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removes your own figure for the selected threshold.</source>
            <translation>删除您为所选限值自定的数值。</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Thresholds: %1</source>
            <translation>限值：%1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, from the facility's city or address</source>
            <translation>%1，取自工厂所在城市或地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, the country file's default</source>
            <translation>%1，国家文件的默认地区</translation>
        </message>
        <message>
            <location line="+9" />
            <source>in force on %1</source>
            <translation>%1 时有效</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This figure comes from Fieldbook's country rules and was not checked against the law's own text. Check it against the official source, then type the figure you confirmed.</source>
            <translation>此数值来自 Fieldbook 的国家规则，未对照法律原文核对。请对照官方来源核实，然后输入您确认的数值。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Why you changed the figure: the notice you saw, who confirmed it. Kept in the audit trail.</source>
            <translation>您修改数值的理由：看到的通知、由谁确认。保存在审核记录中。</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Give a reason for a threshold</source>
            <translation>填写限值的理由</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Type the time as HH:MM, for example 22:00.</source>
            <translation>请按 HH:MM 输入时间，例如 22:00。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a number of zero or more.</source>
            <translation>请输入大于或等于零的数。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Change threshold</source>
            <translation>更改限值</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::UnlockPersonalDataDialog</name>
        <message>
            <location filename="../../ui/signing/UnlockPersonalDataDialog.cpp" line="+21" />
            <source>Protect personal data</source>
            <translation>保护个人数据</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlock personal data</source>
            <translation>解锁个人数据</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Worker names, ID numbers and interview notes are stored encrypted with a key of this store. Choose the passphrase that protects it. Without it nobody can read them, you included: keep it safe.</source>
            <translation>工人姓名、身份证号和访谈记录用此存储文件的密钥加密保存。请设置保护该密钥的口令。没有口令，任何人（包括您自己）都无法读取这些数据：请妥善保管。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Worker names, ID numbers and interview notes are encrypted. Enter the store's passphrase to show and record them in this session. Without it the audit still opens; those fields stay locked.</source>
            <translation>工人姓名、身份证号和访谈记录已加密。输入存储文件的口令后，本次会话中即可显示和记录这些数据。不输入也能打开审核，只是这些字段保持锁定。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Create key</source>
            <translation>创建密钥(&amp;C)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Unlock</source>
            <translation>解锁(&amp;U)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Continue &amp;locked</source>
            <translation>保持锁定并继续(&amp;L)</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Try again, or continue locked.</source>
            <translation>请重试，或保持锁定并继续。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::UserGuideDialog</name>
        <message>
            <location filename="../../ui/help/UserGuideDialog.cpp" line="+26" />
            <source>Fieldbook user guide</source>
            <translation>Fieldbook 用户指南</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The user guide is missing from this installation.</source>
            <translation>此安装中缺少用户指南。</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::VerifyPackageDialog</name>
        <message>
            <location filename="../../ui/signing/VerifyPackageDialog.cpp" line="+21" />
            <location line="+3" />
            <source>Verify package</source>
            <translation>验证数据包</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Package:</source>
            <translation>数据包(&amp;P)：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>optional: the signer's .pub file (else a key this store trusts)</source>
            <translation>可选：签名者的 .pub 文件（否则使用此存储文件信任的密钥）</translation>
        </message>
        <message>
            <location line="-3" />
            <source>B&amp;rowse…</source>
            <translation>浏览(&amp;R)…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signer's &amp;key:</source>
            <translation>签名者密钥(&amp;K)：</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Verify</source>
            <translation>验证(&amp;V)</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Fieldbook packages (*.fieldbook);;All files (*)</source>
            <translation>Fieldbook 数据包 (*.fieldbook);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signer's public key</source>
            <translation>签名者的公钥</translation>
        </message>
        <message>
            <location line="+0" />
            <source>minisign public keys (*.pub);;All files (*)</source>
            <translation>minisign 公钥 (*.pub);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::WelcomeDialog</name>
        <message>
            <location filename="../../ui/welcome/WelcomeDialog.cpp" line="+45" />
            <source>Welcome to Fieldbook</source>
            <translation>欢迎使用 Fieldbook</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;h3&gt;Welcome to Fieldbook&lt;/h3&gt;&lt;p&gt;Everything you type is saved at once in a store on this computer; nothing leaves it unless you export a signed package. The defaults below are fine to start with.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;欢迎使用 Fieldbook&lt;/h3&gt;&lt;p&gt;您输入的所有内容都会立即保存在本机的存储文件中；除非您导出签名数据包，否则任何数据都不会离开这台电脑。下面的默认设置可以直接使用。&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>System default (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A new file is created here; an existing Fieldbook store is opened.</source>
            <translation>若此处没有文件则新建；若已有 Fieldbook 存储文件则打开。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;tore:</source>
            <translation>存储文件(&amp;T)：</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create my auditor signing key now (optional)</source>
            <translation>现在创建我的审核员签名密钥（可选）</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The key signs the packages you send to head office. You can also create it later, before the first export.</source>
            <translation>该密钥用于给您发往总部的数据包签名。也可以稍后在第一次导出前再创建。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your name as it appears on reports</source>
            <translation>您在报告上显示的姓名</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At least %1 characters</source>
            <translation>至少 %1 个字符</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>姓名(&amp;N)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Passphrase:</source>
            <translation>口令(&amp;P)：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat:</source>
            <translation>再次输入(&amp;R)：</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo audit to look around (it lives in its own store)</source>
            <translation>打开演示审核(&amp;D)随便看看（它保存在单独的存储文件中）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Start</source>
            <translation>开始(&amp;S)</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open or create a store</source>
            <translation>打开或新建存储文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fieldbook stores (*.sqlite *.fieldbook);;All files (*)</source>
            <translation>Fieldbook 存储文件 (*.sqlite *.fieldbook);;所有文件 (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose where the store goes.</source>
            <translation>请选择存储文件的位置。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type your name for the key, or untick the key.</source>
            <translation>请为密钥输入您的姓名，或取消勾选密钥。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passphrases differ.</source>
            <translation>两次输入的口令不一致。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The store %1 could not be opened: %2</source>
            <translation>无法打开存储文件 %1：%2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The key could not be created: %1</source>
            <translation>无法创建密钥：%1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::WorkerInterviewsPage</name>
        <message>
            <location filename="../../ui/interviews/WorkerInterviewsPage.cpp" line="+27" />
            <source>Interviews</source>
            <translation>访谈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample: who to interview</source>
            <translation>抽样：访谈谁</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 of %2 planned workers interviewed (%3 interviews) · %4 answers given · keys: Ctrl+Shift+N new interview, Ctrl+Shift+G new group interview</source>
            <translation>计划的 %2 名工人已访谈 %1 名（%3 次访谈）· 已回答 %4 个问题 · 快捷键：Ctrl+Shift+N 新建访谈，Ctrl+Shift+G 新建集体访谈</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../ui/main.cpp" line="+24" />
            <source>Use the store FILE.</source>
            <translation>使用存储文件 FILE。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the bundled demo audit.</source>
            <translation>打开自带的演示审核。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the store and the window, then exit (for packaging tests).</source>
            <translation>打开存储文件和窗口后退出（用于打包测试）。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a screenshot of every phase into DIR, then exit.</source>
            <translation>将每个阶段的截图保存到 DIR 后退出。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a dark palette.</source>
            <translation>使用深色配色。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Offline companion for social-compliance auditors.</source>
            <translation>社会责任合规审核员的离线助手。</translation>
        </message>
    </context>
</TS>
