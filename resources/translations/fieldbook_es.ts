<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AnalysisReport</name>
        <message>
            <location filename="../../app/analysis/AnalysisReport.cpp" line="+35" />
            <source>Analysed: %1</source>
            <translation>Analizado: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No flags.</source>
            <translation>Sin alertas.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>What the checks look for:</source>
            <translation>Qué buscan las comprobaciones:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The analysis was cancelled: the list is incomplete.</source>
            <translation>El análisis se canceló: la lista está incompleta.</translation>
        </message>
    </context>
    <context>
        <name>AttLogParser</name>
        <message>
            <location filename="../../app/records/AttLogParser.cpp" line="+87" />
            <source>not a punch: expected PIN, date-time and state separated by tabs, '|' or spaces</source>
            <translation>no es una marcación: se esperaban PIN, fecha y hora y estado separados por tabuladores, '|' o espacios</translation>
        </message>
        <message>
            <location line="+3" />
            <source>required cell is empty</source>
            <translation>una celda obligatoria está vacía</translation>
        </message>
        <message>
            <location line="+3" />
            <source>control character (such as NUL) or more than 128 bytes in an id</source>
            <translation>carácter de control (como NUL) o más de 128 bytes en un identificador</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unparseable timestamp '%1' (expected YYYY-MM-DD HH:MM:SS)</source>
            <translation>fecha y hora ilegible «%1» (se esperaba AAAA-MM-DD HH:MM:SS)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>unknown punch state '%1' (0, 1, 4 or 5 expected)</source>
            <translation>estado de marcaje desconocido «%1» (se esperaba 0, 1, 4 o 5)</translation>
        </message>
        <message>
            <location filename="../../app/records/PunchPairing.cpp" line="+31" />
            <source>%1 punches for this worker on one day (more than %2): not a clock's record; the day's punches are left out</source>
            <translation>%1 marcaciones de este trabajador en un día (más de %2): no es un registro de reloj; se dejan fuera las marcaciones del día</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+9" />
            <location line="+10" />
            <location line="+15" />
            <source>check-in without a matching check-out</source>
            <translation>entrada sin salida correspondiente</translation>
        </message>
        <message>
            <location line="-19" />
            <source>check-out without a matching check-in</source>
            <translation>salida sin entrada correspondiente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>check-out more than 24 hours after the last check-in</source>
            <translation>salida más de 24 horas después de la última entrada</translation>
        </message>
    </context>
    <context>
        <name>AuditParams</name>
        <message>
            <location filename="../../app/params/AuditParams.cpp" line="+29" />
            <location line="+81" />
            <source>"%1" has an invalid value</source>
            <translation>«%1» tiene un valor no válido</translation>
        </message>
        <message>
            <location line="+96" />
            <source>"%1" must be "day" or "week"</source>
            <translation>«%1» debe ser "day" o "week"</translation>
        </message>
        <message>
            <location line="+59" />
            <source>"%1" needs an hourly, daily or monthly amount</source>
            <translation>«%1» necesita un importe por hora, por día o por mes</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" has two steps from %2</source>
            <translation>«%1» tiene dos tramos desde %2</translation>
        </message>
        <message>
            <location line="+55" />
            <source>format_version %1 is not supported (this version reads 1 and 2)</source>
            <translation>format_version %1 no es compatible (esta versión lee 1 y 2)</translation>
        </message>
        <message>
            <location line="+45" />
            <source>"young_worker_night_start" and "young_worker_night_end" go together</source>
            <translation>"young_worker_night_start" y "young_worker_night_end" van juntos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>period_end is before period_start</source>
            <translation>period_end es anterior a period_start</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: not a JSON object (%2 at byte %3)</source>
            <translation>%1: no es un objeto JSON (%2 en el byte %3)</translation>
        </message>
    </context>
    <context>
        <name>AuditPhase</name>
        <message>
            <location filename="../../app/fieldwork/AuditPhase.cpp" line="+57" />
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opening meeting</source>
            <translation>Reunión de apertura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Site tour</source>
            <translation>Recorrido por las instalaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Document review</source>
            <translation>Revisión documental</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worker interviews</source>
            <translation>Entrevistas a trabajadores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Management interview</source>
            <translation>Entrevista a la dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Record analysis</source>
            <translation>Análisis de registros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings and corrective actions</source>
            <translation>Hallazgos y acciones correctivas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closing meeting</source>
            <translation>Reunión de cierre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
    </context>
    <context>
        <name>AuditRecordQuery</name>
        <message>
            <location filename="../../app/analysis/AuditRecordQuery.cpp" line="+44" />
            <source>Could not read the records: %1</source>
            <translation>No se pudieron leer los registros: %1</translation>
        </message>
    </context>
    <context>
        <name>AuditSetup</name>
        <message>
            <location filename="../../app/fieldwork/AuditSetup.cpp" line="+38" />
            <source>The audit was created but its checklist could not be derived: %1</source>
            <translation>La auditoría se creó, pero no se pudo derivar su lista de verificación: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Audit %1 does not exist.</source>
            <translation>La auditoría %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>AuditTeamStore</name>
        <message>
            <location filename="../../app/fieldwork/AuditTeamStore.cpp" line="+16" />
            <source>Audit %1 does not exist.</source>
            <translation>La auditoría %1 no existe.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Team member %1 does not exist.</source>
            <translation>El miembro del equipo %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <location filename="../../app/codes/CatalogParser.cpp" line="+31" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+59" />
            <source>%1: not valid JSON: %2 at byte %3</source>
            <translation>%1: JSON no válido: %2 en el byte %3</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+5" />
            <source>must be 1</source>
            <translation>debe ser 1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be lower-case letters, digits, - or _</source>
            <translation>solo puede tener minúsculas, dígitos, - o _</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/codes/CountryRulesParser.cpp" line="+32" />
            <source>must be a date YYYY-MM-DD</source>
            <translation>debe ser una fecha AAAA-MM-DD</translation>
        </message>
        <message>
            <location line="+9" />
            <source>must be a number of zero or more</source>
            <translation>debe ser un número mayor o igual que cero</translation>
        </message>
        <message>
            <location line="+25" />
            <source>clause id "%1" is used twice</source>
            <translation>el identificador de cláusula «%1» se usa dos veces</translation>
        </message>
        <message>
            <location line="+25" />
            <source>question id "%1" is used twice</source>
            <translation>el identificador de pregunta «%1» se usa dos veces</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown verification method "%1" (use %2)</source>
            <translation>método de verificación desconocido «%1» (use %2)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>unknown severity "%1" (use %2)</source>
            <translation>gravedad desconocida «%1» (use %2)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>unknown profile flag "%1" (use %2)</source>
            <translation>indicador de perfil desconocido «%1» (use %2)</translation>
        </message>
        <message>
            <location filename="../../app/codes/CatalogRegistry.cpp" line="+92" />
            <source>%1: $.id: "%2" is a built-in code and cannot be replaced</source>
            <translation>%1: $.id: «%2» es un código incorporado y no se puede reemplazar</translation>
        </message>
        <message>
            <location filename="../../app/codes/ChecklistDeriver.cpp" line="+63" />
            <source>unknown code "%1"</source>
            <translation>código desconocido «%1»</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/params/ParamsResolver.cpp" line="+370" />
            <source>choose at least one code</source>
            <translation>elija al menos un código</translation>
        </message>
        <message>
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+67" />
            <source>Shared: %1</source>
            <translation>Compartidas: %1</translation>
        </message>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+39" />
            <source>This audit's checklist already has answers; it cannot be derived again.</source>
            <translation>La lista de verificación de esta auditoría ya tiene respuestas; no se puede derivar de nuevo.</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRulesParser.cpp" line="+13" />
            <source>must be a time HH:MM</source>
            <translation>debe ser una hora HH:MM</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be a list of tiers</source>
            <translation>debe ser una lista de tramos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>after_hours must be zero or more and premium at least 1</source>
            <translation>after_hours debe ser cero o más y premium al menos 1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>must be "day" or "week"</source>
            <translation>debe ser "day" o "week"</translation>
        </message>
        <message>
            <location line="+6" />
            <source>must be a number of zero or more, or null</source>
            <translation>debe ser un número de cero o más, o null</translation>
        </message>
        <message>
            <location line="+12" />
            <source>is missing</source>
            <translation>falta</translation>
        </message>
        <message>
            <location line="+29" />
            <source>is before "from"</source>
            <translation>es anterior a "from"</translation>
        </message>
        <message>
            <location line="+12" />
            <source>unknown rule (known: %1)</source>
            <translation>regla desconocida (conocidas: %1)</translation>
        </message>
        <message>
            <location line="+37" />
            <source>wages must be zero or more</source>
            <translation>los salarios deben ser cero o más</translation>
        </message>
        <message>
            <location line="+6" />
            <source>needs a monthly, daily or hourly figure</source>
            <translation>necesita una cifra mensual, diaria o por hora</translation>
        </message>
        <message>
            <location line="+67" />
            <location filename="../../app/codes/Crosswalk.cpp" line="+17" />
            <source>%1: not valid JSON: %2</source>
            <translation>%1: JSON no válido: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>must be 1 or 2</source>
            <translation>debe ser 1 o 2</translation>
        </message>
        <message>
            <location line="+35" />
            <source>names no region of the file (regions: %1)</source>
            <translation>no nombra ninguna región del archivo (regiones: %1)</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="+92" />
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRules.cpp" line="+168" />
            <source>No country rules for "%1" (known: %2)</source>
            <translation>No hay reglas de país para «%1» (conocidos: %2)</translation>
        </message>
        <message>
            <location filename="../../app/codes/Crosswalk.cpp" line="+29" />
            <source>question "%1" is already answered by another shared question</source>
            <translation>la pregunta «%1» ya la responde otra pregunta compartida</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="-72" />
            <source>missing (a text is required)</source>
            <translation>falta (se requiere un texto)</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+24" />
            <source>must be a non-empty text</source>
            <translation>debe ser un texto no vacío</translation>
        </message>
        <message>
            <location line="-12" />
            <source>missing (a list of texts is required)</source>
            <translation>falta (se requiere una lista de textos)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>must be a list of texts</source>
            <translation>debe ser una lista de textos</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+13" />
            <source>must not be empty</source>
            <translation>no puede estar vacío</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRulesParser.cpp" line="-101" />
            <location filename="../../app/codes/JsonReader.cpp" line="-4" />
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <location filename="../../app/codes/JsonReader.cpp" line="+12" />
            <source>must be an object</source>
            <translation>debe ser un objeto</translation>
        </message>
        <message>
            <location line="+11" />
            <source>missing (a number is required)</source>
            <translation>falta (se requiere un número)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>must be a small whole number</source>
            <translation>debe ser un número entero pequeño</translation>
        </message>
        <message>
            <location line="+14" />
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <location filename="../../app/params/ParamsResolver.cpp" line="-192" />
            <source>developing-country exception of ILO C138 art. 2(4), which national law uses</source>
            <translation>excepción para países en desarrollo del art. 2(4) del Convenio 138 de la OIT, que aplica la ley nacional</translation>
        </message>
        <message>
            <location line="+17" />
            <source>for %1 (facility: %2)</source>
            <translation>para %1 (instalación: %2)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the law sets no such limit</source>
            <translation>la ley no fija ese límite</translation>
        </message>
        <message numerus="yes">
            <location line="+67" />
            <source>%n public holiday(s) from %1 to %2</source>
            <translation>
                <numerusform>%n día festivo del %1 al %2</numerusform>
                <numerusform>%n días festivos del %1 al %2</numerusform>
            </translation>
        </message>
        <message>
            <location line="+80" />
            <source>unknown code "%1" (known: %2)</source>
            <translation>código desconocido «%1» (conocidos: %2)</translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 has no region "%2" (regions: %3)</source>
            <translation>%1 no tiene la región «%2» (regiones: %3)</translation>
        </message>
        <message>
            <location line="+46" />
            <source>regular_hours_per_week + max_overtime_hours_per_week</source>
            <translation>regular_hours_per_week + max_overtime_hours_per_week</translation>
        </message>
        <message>
            <location line="+42" />
            <source>audit override</source>
            <translation>valor propio de la auditoría</translation>
        </message>
        <message>
            <location filename="../../app/params/MinimumWageResolution.cpp" line="+35" />
            <source>%1 a month / (%2 h a week x 52 / 12)</source>
            <translation>%1 al mes / (%2 h a la semana × 52 / 12)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 a day / %2 h</source>
            <translation>%1 al día / %2 h</translation>
        </message>
        <message numerus="yes">
            <location line="+60" />
            <source>%n step(s) in the audit period</source>
            <translation>
                <numerusform>%n tramo en el periodo auditado</numerusform>
                <numerusform>%n tramos en el periodo auditado</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckExplanations</name>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="+37" />
            <source>First digits of pay amounts depart from Benford's law beyond chance. A screen, never proof.</source>
            <translation>Los primeros dígitos de los importes pagados se apartan de la ley de Benford más allá del azar. Es un filtro, nunca una prueba.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="+28" />
            <source>Implausibly many birth dates on one day of the year (e.g. 1 January): ages may be made up.</source>
            <translation>Demasiadas fechas de nacimiento en un mismo día del año (p. ej. el 1 de enero): las edades pueden ser inventadas.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="+52" />
            <source>One department's bonuses in one pay period are unlike both its own other pay periods and the other departments that period: bonuses invented for a month?</source>
            <translation>Las bonificaciones de un departamento en un período de pago no se parecen ni a sus otros períodos ni a los otros departamentos en ese período: ¿bonificaciones inventadas para un mes?</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="+83" />
            <source>Interview answers are too alike across workers to be independent: workers may have been coached.</source>
            <translation>Las respuestas de distintos trabajadores son demasiado parecidas para ser independientes: puede que los hayan aleccionado.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="+52" />
            <source>One ID number appears on two or more workers.</source>
            <translation>Un mismo número de identidad aparece en dos o más trabajadores.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="+90" />
            <source>Weekly hours or overtime above the limit in force.</source>
            <translation>Horas semanales u horas extra por encima del límite vigente.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="+52" />
            <source>The gate log shows workers on site well outside their recorded hours.</source>
            <translation>El registro de la portería muestra trabajadores en el sitio mucho fuera de sus horas registradas.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="+47" />
            <source>Weekly hours sit at exactly the legal maximum week after week: records may be adjusted to the limit.</source>
            <translation>Las horas semanales quedan exactamente en el máximo legal semana tras semana: los registros pueden estar ajustados al límite.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+93" />
            <source>Many workers punched in or out at exactly the same minute on the same day, more than chance allows: time cards may have been filled in by one hand.</source>
            <translation>Muchos trabajadores marcaron la entrada o la salida exactamente en el mismo minuto el mismo día, más de lo que permite el azar: puede que una sola mano haya rellenado las tarjetas.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="+81" />
            <source>What workers said (hours, rest days, pay) contradicts the records.</source>
            <translation>Lo que dijeron los trabajadores (horas, días de descanso, pago) contradice los registros.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="+27" />
            <source>Pay for regular hours is below the minimum wage.</source>
            <translation>El pago de las horas normales está por debajo del salario mínimo.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="+27" />
            <source>Time records with a forgotten clock-in or clock-out: the worker was present, the hours are unknown and not counted. Ask for the paper card or the supervisor's correction.</source>
            <translation>Registros de tiempo con una entrada o salida olvidada: el trabajador estuvo presente, las horas se desconocen y no se cuentan. Pida la tarjeta en papel o la corrección del supervisor.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="+26" />
            <source>Net pay does not equal regular + overtime + bonus - deductions.</source>
            <translation>El pago neto no es igual a normal + horas extra + bonificación - deducciones.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="+20" />
            <source>More consecutive working days than allowed without a day off.</source>
            <translation>Más días laborables seguidos de los permitidos sin un día de descanso.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="+153" />
            <source>Work on the weekly rest day is paid below the rest-day premium the law sets.</source>
            <translation>El trabajo en el día de descanso semanal se paga por debajo del recargo que fija la ley para ese día.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Work on a public holiday is paid below the holiday premium the law sets.</source>
            <translation>El trabajo en un día festivo se paga por debajo del recargo que fija la ley para los festivos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Overtime is paid below the premium rate.</source>
            <translation>Las horas extra se pagan por debajo del recargo.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="+53" />
            <source>Hours paid differ from hours in the time records for the same period: a sign of double books.</source>
            <translation>Las horas pagadas difieren de las horas de los registros de asistencia del mismo período: señal de doble contabilidad.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="+89" />
            <source>The output recorded needs more labour hours than the time records show.</source>
            <translation>La producción registrada requiere más horas de trabajo de las que muestran los registros de asistencia.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="+48" />
            <source>Punch minutes heap on :00, :30 or another digit more than chance allows: times may have been written, not punched.</source>
            <translation>Los minutos de marcaje se acumulan en :00, :30 u otro dígito más de lo que permite el azar: las horas pueden haberse escrito, no marcado.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="+18" />
            <source>Someone worked while below the minimum age.</source>
            <translation>Alguien trabajó siendo menor de la edad mínima.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="+44" />
            <source>A worker's in and out times are (nearly) the same day after day. Real punches vary by a few minutes.</source>
            <translation>Las horas de entrada y salida de un trabajador son (casi) iguales día tras día. Los marcajes reales varían unos minutos.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="+19" />
            <source>Records for worker ids missing from the register: hidden or unregistered workers?</source>
            <translation>Registros de identificadores de trabajador que no están en el registro de personal: ¿trabajadores ocultos o no registrados?</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="+18" />
            <source>Time or pay records before hire or after termination.</source>
            <translation>Registros de asistencia o de pago antes de la contratación o después de la baja.</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="+24" />
            <source>A worker under the young-worker age did night work or overtime.</source>
            <translation>Un trabajador por debajo de la edad de trabajador joven hizo trabajo nocturno u horas extra.</translation>
        </message>
    </context>
    <context>
        <name>CheckTitles</name>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="-1" />
            <source>Identical punches</source>
            <translation>Marcajes idénticos</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="-1" />
            <source>Same times every day</source>
            <translation>Mismas horas cada día</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="-1" />
            <source>Round punch times</source>
            <translation>Marcajes en minutos redondos</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="-1" />
            <source>Hours stuck at the limit</source>
            <translation>Horas clavadas en el límite</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="-1" />
            <source>Excessive hours</source>
            <translation>Horas excesivas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="-1" />
            <source>No rest day</source>
            <translation>Sin día de descanso</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="-1" />
            <source>Paid vs recorded hours</source>
            <translation>Horas pagadas frente a registradas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="-1" />
            <source>Below minimum wage</source>
            <translation>Por debajo del salario mínimo</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="-1" />
            <source>Overtime premium short</source>
            <translation>Recargo de horas extra insuficiente</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Rest-day premium short</source>
            <translation>Recargo por día de descanso insuficiente</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Holiday premium short</source>
            <translation>Recargo por día festivo insuficiente</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="-1" />
            <source>Net pay does not add up</source>
            <translation>El pago neto no cuadra</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="-1" />
            <source>Benford deviation</source>
            <translation>Desviación de Benford</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="-1" />
            <source>Underage worker</source>
            <translation>Trabajador menor de edad</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="-1" />
            <source>Young worker violation</source>
            <translation>Infracción con trabajador joven</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="-1" />
            <source>Birth dates heaped</source>
            <translation>Fechas de nacimiento acumuladas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="-1" />
            <source>Duplicate ID number</source>
            <translation>Número de identidad duplicado</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="-1" />
            <source>Work outside employment</source>
            <translation>Trabajo fuera del período de empleo</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="-1" />
            <source>Unknown worker</source>
            <translation>Trabajador desconocido</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="-1" />
            <source>Missing punches</source>
            <translation>Marcajes faltantes</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="-1" />
            <source>Output vs recorded hours</source>
            <translation>Producción frente a horas registradas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="-1" />
            <source>Gate log vs recorded hours</source>
            <translation>Portería frente a horas registradas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="-1" />
            <source>Interviews contradict records</source>
            <translation>Entrevistas que contradicen los registros</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="-1" />
            <source>Coached interviews</source>
            <translation>Entrevistas aleccionadas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="-1" />
            <source>Bonuses unlike the department's normal</source>
            <translation>Bonificaciones fuera de lo habitual del departamento</translation>
        </message>
    </context>
    <context>
        <name>ChecklistAnswers</name>
        <message>
            <location filename="../../app/fieldwork/ChecklistAnswers.cpp" line="+22" />
            <source>Compliant</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Non-compliant</source>
            <translation>No conforme</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not applicable</source>
            <translation>No aplica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not verified</source>
            <translation>No verificado</translation>
        </message>
    </context>
    <context>
        <name>ChecklistResponses</name>
        <message>
            <location filename="../../app/fieldwork/ChecklistResponses.cpp" line="+29" />
            <source>Checklist item %1 does not exist.</source>
            <translation>El elemento %1 de la lista de verificación no existe.</translation>
        </message>
        <message>
            <location line="+45" />
            <source>"%1" is not a checklist answer.</source>
            <translation>«%1» no es una respuesta de la lista de verificación.</translation>
        </message>
    </context>
    <context>
        <name>Checks</name>
        <message>
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="+68" />
            <source>First digits of %1 (%2 amounts) depart from Benford's law: MAD %3 (nonconformity above %4)</source>
            <translation>Los primeros dígitos de %1 (%2 importes) se apartan de la ley de Benford: MAD %3 (no conformidad por encima de %4)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="+49" />
            <source>%1 of %2 workers were born on %3; chance would give about %4</source>
            <translation>%1 de %2 trabajadores nacieron el %3; el azar daría unos %4</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="+130" />
            <source>%1 of %2 interviews gave answers too alike to be independent: %3</source>
            <translation>%1 de %2 entrevistas dieron respuestas demasiado parecidas para ser independientes: %3</translation>
        </message>
        <message>
            <location line="+77" />
            <source>%1 of %2 interviewed workers stated exactly %3 h a week, while their records vary</source>
            <translation>%1 de %2 trabajadores entrevistados declararon exactamente %3 h semanales, mientras que sus registros varían</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="+33" />
            <source>One person rehired under a new number (the employments follow each other): %1</source>
            <translation>Una persona recontratada con un número nuevo (los empleos se suceden): %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 workers share one ID number on file: %2</source>
            <translation>%1 trabajadores comparten un mismo número de identidad en el expediente: %2</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="-39" />
            <source>%1 h on %2 (limit %3 h a day)</source>
            <translation>%1 h el %2 (límite %3 h al día)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 h of overtime on %2 (limit %3 h a day)</source>
            <translation>%1 h extra el %2 (límite %3 h al día)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 h of overtime in %2 (limit %3 h a month)</source>
            <translation>%1 h extra en %2 (límite %3 h al mes)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 h of overtime in %2 (limit %3 h a year)</source>
            <translation>%1 h extra en %2 (límite %3 h al año)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 h in the week of %2 (limit %3 h)</source>
            <translation>%1 h en la semana del %2 (límite %3 h)</translation>
        </message>
        <message>
            <location line="+147" />
            <source>%1 worked more than %2 h in %3 week(s), up to %4 h</source>
            <translation>%1 trabajó más de %2 h en %3 semana(s), hasta %4 h</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1 worked beyond a limit in force %n time(s): %2</source>
            <translation>
                <numerusform>%1 superó un límite vigente %n vez: %2</numerusform>
                <numerusform>%1 superó un límite vigente %n veces: %2</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="+142" />
            <source>%1 was on site %2 day(s) with no time record and %3 day(s) over %4 h beyond the recorded hours</source>
            <translation>%1 estuvo en el sitio %2 día(s) sin registro de asistencia y %3 día(s) más de %4 h por encima de las horas registradas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 worker(s) stay on site overnight (a dormitory inside the gate): the gate log cannot show their working hours and was not compared with their time records</source>
            <translation>%1 trabajador(es) pasan la noche en el recinto (un dormitorio dentro de la portería): el registro de la portería no puede mostrar sus horas de trabajo y no se comparó con sus registros de asistencia</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="+166" />
            <source>%1 worker(s) recorded exactly %2 h in %3 of %4 full weeks</source>
            <translation>%1 trabajador(es) registraron exactamente %2 h en %3 de %4 semanas completas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BonusOutlierCheck.cpp" line="+81" />
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+121" />
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="+99" />
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="+82" />
            <source>(no department)</source>
            <translation>(sin departamento)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>%1: bonuses for %2 to %3 (median %4) unlike the department's other pay periods (%5) and the other departments that period (%6)</source>
            <translation>%1: bonificaciones del %2 al %3 (mediana %4) distintas de los otros períodos de pago del departamento (%5) y de los otros departamentos en ese período (%6)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+5" />
            <source>punched in</source>
            <translation>marcaron la entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>punched out</source>
            <translation>marcaron la salida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 workers in %3 %4 at exactly %5 on %6 (%7 day(s) like this)</source>
            <translation>%1 de %2 trabajadores de %3 %4 exactamente a las %5 el %6 (%7 día(s) así)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="+92" />
            <source>%1 of %2 interviewed workers described hours, rest days or pay that contradict the records</source>
            <translation>%1 de %2 trabajadores entrevistados describieron horas, días de descanso o pagos que contradicen los registros</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="+75" />
            <source>%1 was paid %2 an hour for regular hours, below the minimum of %3</source>
            <translation>a %1 se le pagó %2 por hora normal, por debajo del mínimo de %3</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="+42" />
            <source>%1: net pay differs from regular + overtime + bonus − deductions in %2 period(s)</source>
            <translation>%1: el pago neto difiere de normal + horas extra + bonificación − deducciones en %2 período(s)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="+52" />
            <source>%1 worked up to %2 days in a row (limit %3)</source>
            <translation>%1 trabajó hasta %2 días seguidos (límite %3)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="+134" />
            <source>%1 was paid overtime at %2× the regular rate (at least %3× due)</source>
            <translation>a %1 se le pagaron las horas extra a %2× la tarifa normal (se debía al menos %3×)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 worked on rest days and was paid %2× the regular rate for premium hours (at least %3× due)</source>
            <translation>%1 trabajó en días de descanso y cobró %2× la tarifa ordinaria por las horas con recargo (se deben al menos %3×)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 worked on public holidays and was paid %2× the regular rate for premium hours (at least %3× due)</source>
            <translation>%1 trabajó en días festivos y cobró %2× la tarifa ordinaria por las horas con recargo (se deben al menos %3×)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="+96" />
            <source>%1 was paid for up to %2 h less than the time records show, in %3 period(s)</source>
            <translation>a %1 se le pagaron hasta %2 h menos de las que muestran los registros de asistencia, en %3 período(s)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was paid for up to %2 h more than the time records show, in %3 period(s)</source>
            <translation>a %1 se le pagaron hasta %2 h más de las que muestran los registros de asistencia, en %3 período(s)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="+67" />
            <source>%1: on %2 day(s) output per recorded hour rose to %3 % of standard against the department's own %4 %, with no more hours recorded: hidden hours?</source>
            <translation>%1: en %2 día(s) la producción por hora registrada subió al %3 % del estándar frente al %4 % habitual del departamento, sin más horas registradas: ¿horas ocultas?</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: output on %2 day(s) needs at least %3 labour hours more than the time records show</source>
            <translation>%1: la producción de %2 día(s) requiere al menos %3 horas de trabajo más de las que muestran los registros de asistencia</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punch on round minutes far beyond chance, e.g. %3: %4 of %5 punches on %6 (chance: %7)</source>
            <translation>%1 trabajador(es) de %2 marcan en minutos redondos muy por encima del azar, p. ej. %3: %4 de %5 marcajes en %6 (azar: %7)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="+50" />
            <source>%1 worked %2 day(s) while under %3 (aged %4 on %5)</source>
            <translation>%1 trabajó %2 día(s) siendo menor de %3 (tenía %4 el %5)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punched the same times day after day, e.g. %3 on %4 of %5 days at %6–%7</source>
            <translation>%1 trabajador(es) de %2 marcaron las mismas horas día tras día, p. ej. %3 en %4 de %5 días a las %6–%7</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="+55" />
            <source>%1 worker id(s) in the records are missing from the register</source>
            <translation>faltan en el registro de personal %1 identificador(es) de trabajador que aparecen en los registros</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="+60" />
            <source>%1 has records on %2 day(s) before hire and %3 after leaving</source>
            <translation>%1 tiene registros en %2 día(s) antes de su contratación y %3 después de su baja</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="+61" />
            <source>%1, under %2, worked %3 night shift(s) and %4 day(s) with overtime</source>
            <translation>%1, menor de %2, trabajó %3 turno(s) de noche y %4 día(s) con horas extra</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MissingPunchesCheck.cpp" line="+38" />
            <source>%1 time record(s) of %2 worker(s) on %3 day(s) lack a clock-in or clock-out: present, hours unknown, not counted</source>
            <translation>A %1 registro(s) de tiempo de %2 trabajador(es) en %3 día(s) les falta la entrada o la salida: presentes, horas desconocidas, no contadas</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <location filename="../../app/records/ColumnMapping.cpp" line="+14" />
            <source>required column(s) missing: %1 (the header has: %2)</source>
            <translation>faltan columnas obligatorias: %1 (el encabezado tiene: %2)</translation>
        </message>
    </context>
    <context>
        <name>ColumnSynonyms</name>
        <message>
            <location filename="../../app/records/ColumnSynonyms.cpp" line="+107" />
            <source>column synonyms: not a JSON object (%1 at offset %2)</source>
            <translation>sinónimos de columnas: no es un objeto JSON (%1 en la posición %2)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>column synonyms: languages.%1 is not an object</source>
            <translation>sinónimos de columnas: languages.%1 no es un objeto</translation>
        </message>
    </context>
    <context>
        <name>ComplianceDashboard</name>
        <message>
            <location filename="../../ui/findings/ComplianceDashboard.cpp" line="+62" />
            <source>Compliant %</source>
            <translation>% conforme</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 (not assessed)</source>
            <translation>%1 (sin evaluar)</translation>
        </message>
    </context>
    <context>
        <name>CorrectiveActionStore</name>
        <message>
            <location filename="../../app/fieldwork/CorrectiveActionStore.cpp" line="+26" />
            <source>Finding %1 does not exist.</source>
            <translation>El hallazgo %1 no existe.</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Corrective action %1 does not exist.</source>
            <translation>La acción correctiva %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>Country</name>
        <message>
            <location filename="../../ui/wizard/NewAuditWizard.cpp" line="+33" />
            <source>Bangladesh</source>
            <translation>Bangladés</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cambodia</source>
            <translation>Camboya</translation>
        </message>
        <message>
            <location line="+1" />
            <source>China</source>
            <translation>China</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Egypt</source>
            <translation>Egipto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ethiopia</source>
            <translation>Etiopía</translation>
        </message>
        <message>
            <location line="+0" />
            <source>India</source>
            <translation>India</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indonesia</source>
            <translation>Indonesia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Malaysia</source>
            <translation>Malasia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Morocco</source>
            <translation>Marruecos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Myanmar</source>
            <translation>Myanmar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pakistan</source>
            <translation>Pakistán</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Philippines</source>
            <translation>Filipinas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sri Lanka</source>
            <translation>Sri Lanka</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Thailand</source>
            <translation>Tailandia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Türkiye</source>
            <translation>Turquía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Viet Nam</source>
            <translation>Vietnam</translation>
        </message>
    </context>
    <context>
        <name>CsvReader</name>
        <message>
            <location filename="../../app/records/CsvReader.cpp" line="+48" />
            <source>a quoted field opened on line %1 is never closed</source>
            <translation>un campo entre comillas abierto en la línea %1 nunca se cierra</translation>
        </message>
        <message>
            <location line="+39" />
            <source>line %1: unexpected text after a closing quote</source>
            <translation>línea %1: texto inesperado después de unas comillas de cierre</translation>
        </message>
        <message>
            <location line="+39" />
            <source>line %1: the record is longer than %2 bytes</source>
            <translation>línea %1: el registro supera los %2 bytes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1: more than %2 fields in one record</source>
            <translation>línea %1: más de %2 campos en un registro</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../../database/Database.cpp" line="+56" />
            <source>Cannot create the folder %1</source>
            <translation>No se puede crear la carpeta %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No store at %1</source>
            <translation>No hay ningún almacén en %1</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+7" />
            <location line="+11" />
            <source>Cannot open the store %1: %2</source>
            <translation>No se puede abrir el almacén %1: %2</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The store %1 has schema version %2; this version of Fieldbook reads %3.</source>
            <translation>El almacén %1 tiene la versión de esquema %2; esta versión de Fieldbook lee la %3.</translation>
        </message>
        <message>
            <location filename="../../database/Migrator.cpp" line="+110" />
            <source>The store %1 was written by a newer version of Fieldbook (schema %2; this version knows up to %3). Update Fieldbook.</source>
            <translation>El almacén %1 lo escribió una versión más reciente de Fieldbook (esquema %2; esta versión conoce hasta el %3). Actualice Fieldbook.</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+24" />
            <source>Upgrading the store to version %1 (%2) failed: %3</source>
            <translation>La actualización del almacén a la versión %1 (%2) falló: %3</translation>
        </message>
        <message>
            <location filename="../../database/StoreError.cpp" line="+11" />
            <source>The store is not open.</source>
            <translation>El almacén no está abierto.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The store is busy: another Fieldbook window or command is writing to it. This change was not saved; try again when the other one has finished.</source>
            <translation>El almacén está ocupado: otra ventana u orden de Fieldbook está escribiendo en él. Este cambio no se guardó; vuelva a intentarlo cuando la otra haya terminado.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk is full: this change was not saved. Everything saved before is intact; free some space and try again.</source>
            <translation>El disco está lleno: este cambio no se guardó. Todo lo guardado antes está intacto; libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The store is read-only: nothing can be saved to it. Copy it to a folder you can write to, or check its permissions.</source>
            <translation>El almacén es de solo lectura: no se puede guardar nada en él. Cópielo a una carpeta en la que pueda escribir o revise sus permisos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The disk reported an error while writing: this change was not saved. Check the disk and the free space, then try again.</source>
            <translation>El disco informó de un error al escribir: este cambio no se guardó. Revise el disco y el espacio libre y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The store cannot be opened: check that its folder exists and that you may write to it.</source>
            <translation>No se puede abrir el almacén: compruebe que su carpeta existe y que tiene permiso para escribir en ella.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The store is damaged or is not a Fieldbook store; run fieldbook-cli check-store on it and keep a copy before anything else.</source>
            <translation>El almacén está dañado o no es un almacén de Fieldbook; ejecute fieldbook-cli check-store sobre él y guarde una copia antes de nada.</translation>
        </message>
    </context>
    <context>
        <name>DemoAudit</name>
        <message>
            <location filename="../../app/demo/DemoAudit.cpp" line="+146" />
            <source>cannot create a temporary folder: %1</source>
            <translation>no se puede crear una carpeta temporal: %1</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Golden Thread Garments: SA8000 + WRAP initial audit</source>
            <translation>Golden Thread Garments: auditoría inicial SA8000 + WRAP</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Whole site: production, warehouse, dormitory and canteen</source>
            <translation>Todo el sitio: producción, almacén, dormitorio y comedor</translation>
        </message>
    </context>
    <context>
        <name>DirectionWords</name>
        <message>
            <location filename="../../app/records/DirectionWords.cpp" line="+37" />
            <source>direction words: not a JSON object (%1 at offset %2)</source>
            <translation>palabras de sentido: no es un objeto JSON (%1 en la posición %2)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>direction words: %1.%2 holds an empty or non-text word</source>
            <translation>palabras de sentido: %1.%2 contiene una palabra vacía o que no es texto</translation>
        </message>
        <message>
            <location line="+6" />
            <source>direction words: "%1" is listed for both in and out</source>
            <translation>palabras de sentido: «%1» figura a la vez como entrada y como salida</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStore</name>
        <message>
            <location filename="../../app/fieldwork/EvidenceStore.cpp" line="+44" />
            <source>%1 is larger than %2 MB and cannot be stored as evidence.</source>
            <translation>%1 supera los %2 MB y no se puede guardar como evidencia.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+4" />
            <source>%1 could not be read: %2</source>
            <translation>No se pudo leer %1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Audit %1 does not exist.</source>
            <translation>La auditoría %1 no existe.</translation>
        </message>
        <message>
            <location line="+98" />
            <location line="+14" />
            <source>Evidence %1 does not exist.</source>
            <translation>La evidencia %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>FacilityProfile</name>
        <message>
            <location filename="../../app/codes/FacilityProfile.cpp" line="+19" />
            <source>Dormitory for workers</source>
            <translation>Dormitorio para trabajadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Canteen</source>
            <translation>Comedor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hazardous chemicals on site</source>
            <translation>Químicos peligrosos en el sitio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers (under 18) employed</source>
            <translation>Trabajadores jóvenes (menores de 18)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Migrant workers</source>
            <translation>Trabajadores migrantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agency or dispatched workers</source>
            <translation>Trabajadores de agencia o cedidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Subcontracted production</source>
            <translation>Producción subcontratada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night shifts</source>
            <translation>Turnos de noche</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trade union or elected workers' committee</source>
            <translation>Sindicato o comité de trabajadores</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The facility has no dormitory.</source>
            <translation>La instalación no tiene dormitorio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facility has no canteen.</source>
            <translation>La instalación no tiene comedor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No hazardous chemicals are used on site.</source>
            <translation>No se usan productos químicos peligrosos en el sitio.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No workers under 18 are employed.</source>
            <translation>No se emplean trabajadores menores de 18 años.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No migrant workers are employed.</source>
            <translation>No se emplean trabajadores migrantes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No agency or dispatched workers.</source>
            <translation>No hay trabajadores de agencia ni cedidos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No production is subcontracted.</source>
            <translation>No se subcontrata producción.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The facility runs no night shifts.</source>
            <translation>La instalación no tiene turnos de noche.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>There is no union or workers' committee.</source>
            <translation>No hay sindicato ni comité de trabajadores.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>%1: $.%2: unknown profile flag (known: %3)</source>
            <translation>%1: $.%2: indicador de perfil desconocido (conocidos: %3)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: $.%2: must be true or false</source>
            <translation>%1: $.%2: debe ser true o false</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1: not a JSON object (%2)</source>
            <translation>%1: no es un objeto JSON (%2)</translation>
        </message>
    </context>
    <context>
        <name>FindingStore</name>
        <message>
            <location filename="../../app/fieldwork/FindingStore.cpp" line="+85" />
            <source>Audit %1 does not exist.</source>
            <translation>La auditoría %1 no existe.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Checklist item %1 does not exist.</source>
            <translation>El elemento %1 de la lista de verificación no existe.</translation>
        </message>
        <message>
            <location line="+47" />
            <location line="+60" />
            <source>Finding %1 does not exist.</source>
            <translation>El hallazgo %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>FlagCharts</name>
        <message>
            <location filename="../../app/analysis/FlagChartBuilder.cpp" line="+58" />
            <source>d MMM</source>
            <comment>QDate format: day and month on a chart axis</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Minute of the hour of each punch</source>
            <translation>Minuto de la hora de cada marcaje</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); heaps on :00 and :30 suggest times written down, not punched.</source>
            <translation>
                <numerusform>%n marcaje de los trabajadores señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); los picos en :00 y :30 indican horas escritas a mano, no marcadas.</numerusform>
                <numerusform>%n marcajes de los trabajadores señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); los picos en :00 y :30 indican horas escritas a mano, no marcadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n punches of the flagged workers. Clock punches spread evenly over the minutes (dashed line); the same minutes day after day suggest times copied, not punched.</source>
            <translation>
                <numerusform>%n marcaje de los trabajadores señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); los mismos minutos día tras día indican horas copiadas, no marcadas.</numerusform>
                <numerusform>%n marcajes de los trabajadores señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); los mismos minutos día tras día indican horas copiadas, no marcadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n punches of the flagged workers on the flagged days. Clock punches spread evenly over the minutes (dashed line); one minute far above it suggests cards filled in by one hand.</source>
            <translation>
                <numerusform>%n marcaje de los trabajadores señalados en los días señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); un minuto muy por encima de ella indica tarjetas rellenadas por una sola mano.</numerusform>
                <numerusform>%n marcajes de los trabajadores señalados en los días señalados. Los marcajes de reloj se reparten por igual entre los minutos (línea discontinua); un minuto muy por encima de ella indica tarjetas rellenadas por una sola mano.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Minute of the hour (:00 to :59)</source>
            <translation>Minuto de la hora (:00 a :59)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time in</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Even spread (%1 a minute)</source>
            <translation>Reparto uniforme (%1 por minuto)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Punches</source>
            <translation>Marcajes</translation>
        </message>
        <message>
            <location line="+38" />
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours worked per week (Monday to Sunday)</source>
            <translation>Horas trabajadas por semana (de lunes a domingo)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weekly hours sitting exactly on the %1 h limit week after week are more likely written to the limit than worked.</source>
            <translation>Si las horas semanales quedan clavadas en el límite de %1 h semana tras semana, es más probable que se escribieran ajustadas al límite que trabajadas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weeks worked without a day off: hours per week from the time records, against the %1 h weekly limit.</source>
            <translation>Semanas trabajadas sin día de descanso: horas por semana según los registros de asistencia, frente al límite semanal de %1 h.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours per week from the time records, against the %1 h regular week: the law in force sets no weekly limit, so the flag's figures name the daily, monthly or yearly limit broken.</source>
            <translation>Horas por semana según los registros de asistencia, frente a la semana ordinaria de %1 h: la ley vigente no fija un límite semanal, así que las cifras de la alerta nombran el límite diario, mensual o anual superado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weeks above the dashed %1 h line break the weekly limit in force (regular %2 h + overtime %3 h, at most %4 h).</source>
            <translation>Las semanas por encima de la línea discontinua de %1 h superan el límite semanal vigente (%2 h normales + %3 h extra, como máximo %4 h).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Week starting</source>
            <translation>Inicio de la semana</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Weekly limit in force: %1 h</source>
            <translation>Límite semanal vigente: %1 h</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Regular week: %1 h</source>
            <translation>Semana normal: %1 h</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n more worker(s) not drawn: every one is in the Records tab.</source>
            <translation>
                <numerusform>%n trabajador más no aparece en el gráfico: todos están en la pestaña Registros.</numerusform>
                <numerusform>%n trabajadores más no aparecen en el gráfico: todos están en la pestaña Registros.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>First digits of %1 against Benford's law</source>
            <translation>Primeros dígitos de %1 frente a la ley de Benford</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n amounts. Amounts that arise naturally start with 1 about 30% of the time and with 9 under 5%; bars far from the line are a reason to look closer, never proof.</source>
            <translation>
                <numerusform>%n importe. Los importes que surgen de forma natural empiezan por 1 en torno al 30 % de las veces y por 9 en menos del 5 %; las barras alejadas de la línea son un motivo para mirar más de cerca, nunca una prueba.</numerusform>
                <numerusform>%n importes. Los importes que surgen de forma natural empiezan por 1 en torno al 30 % de las veces y por 9 en menos del 5 %; las barras alejadas de la línea son un motivo para mirar más de cerca, nunca una prueba.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Observed share</source>
            <translation>Proporción observada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benford's law</source>
            <translation>Ley de Benford</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First digit</source>
            <translation>Primer dígito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of the amounts</source>
            <translation>Proporción de los importes</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1: hours the output needs against hours recorded</source>
            <translation>%1: horas que requiere la producción frente a horas registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days where the output line rises above the recorded hours needed more work than the time records show: unrecorded overtime or workers?</source>
            <translation>Los días en que la línea de producción supera las horas registradas requirieron más trabajo del que muestran los registros de asistencia: ¿horas extra o trabajadores sin registrar?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hours the output needs (units × SAM ÷ 60)</source>
            <translation>Horas que requiere la producción (unidades × SAM ÷ 60)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Hours in the time records</source>
            <translation>Horas en los registros de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flagged days</source>
            <translation>Días señalados</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Labour hours</source>
            <translation>Horas de trabajo</translation>
        </message>
    </context>
    <context>
        <name>FlagFigures</name>
        <message>
            <location filename="../../app/analysis/FigureLabels.cpp" line="+13" />
            <source>After (hours)</source>
            <translation>Después de (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age on the first day</source>
            <translation>Edad el primer día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pairs of answers alike</source>
            <translation>Pares de respuestas iguales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The department's usual efficiency</source>
            <translation>Eficiencia habitual del departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limits exceeded</source>
            <translation>Límites superados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cap (hours)</source>
            <translation>Tope (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chance in a week</source>
            <translation>Probabilidad en una semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share expected by chance</source>
            <translation>Proporción esperada por azar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share expected by chance (from the records)</source>
            <translation>Proporción esperada por azar (según los registros)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chi-square</source>
            <translation>Chi cuadrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net pay computed</source>
            <translation>Pago neto calculado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Count</source>
            <translation>Cantidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day of the year</source>
            <translation>Día del año</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days after leaving</source>
            <translation>Días después de la baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days at the same times</source>
            <translation>Días con las mismas horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days before hire</source>
            <translation>Días antes de la contratación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Days outside the recorded hours</source>
            <translation>Días fuera de las horas registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with a missing punch</source>
            <translation>Días con un marcaje faltante</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days without a time record</source>
            <translation>Días sin registro de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department-days tested</source>
            <translation>Días por departamento analizados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In or out</source>
            <translation>Entrada o salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected by chance</source>
            <translation>Esperado por azar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First digits expected</source>
            <translation>Primeros dígitos esperados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chance in a week, this factory</source>
            <translation>Probabilidad en una semana, esta fábrica</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median gap in this factory (minutes)</source>
            <translation>Intervalo mediano en esta fábrica (minutos)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fields</source>
            <translation>Campos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes compared</source>
            <translation>Notas comparadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pairs of notes alike</source>
            <translation>Pares de notas parecidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Full weeks</source>
            <translation>Semanas completas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gate events</source>
            <translation>Eventos de portería</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held at (hours a week)</source>
            <translation>Fijadas en (horas por semana)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hire date</source>
            <translation>Fecha de contratación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours on public holidays</source>
            <translation>Horas en días festivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Holiday premium</source>
            <translation>Recargo por día festivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An hour</source>
            <translation>Por hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hourly rate</source>
            <translation>Tarifa por hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviewer thought the answers coached</source>
            <translation>El entrevistador creyó las respuestas aleccionadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews</source>
            <translation>Entrevistas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews compared</source>
            <translation>Entrevistas comparadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews linked to the register</source>
            <translation>Entrevistas vinculadas al registro de personal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews that say so</source>
            <translation>Entrevistas que lo afirman</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Largest gap (hours)</source>
            <translation>Mayor intervalo (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit (day, week, month or year)</source>
            <translation>Límite (día, semana, mes o año)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Limit (hours)</source>
            <translation>Límite (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lines in the file</source>
            <translation>Líneas en el archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mean absolute deviation</source>
            <translation>Desviación absoluta media</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most days in a row</source>
            <translation>Máximo de días seguidos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most hours a day for a young worker</source>
            <translation>Máximo de horas al día para un trabajador joven</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Most hours a week for a young worker</source>
            <translation>Máximo de horas a la semana para un trabajador joven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a day (h)</source>
            <translation>Límite de horas extra al día (h)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overtime limit a month (h)</source>
            <translation>Límite de horas extra al mes (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a week (h)</source>
            <translation>Límite de horas extra por semana (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime limit a year (h)</source>
            <translation>Límite de horas extra al año (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total limit a day (h)</source>
            <translation>Límite total al día (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total limit a week (h)</source>
            <translation>Límite total por semana (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Highest efficiency</source>
            <translation>Eficiencia máxima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total or overtime</source>
            <translation>Total o horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median bonus</source>
            <translation>Bonificación mediana</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median bonus of the other departments that period</source>
            <translation>Bonificación mediana de los otros departamentos en ese período</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Median bonus of the department's other periods</source>
            <translation>Bonificación mediana de los otros períodos del departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median efficiency</source>
            <translation>Eficiencia mediana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum age</source>
            <translation>Edad mínima</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minimum an hour in force (prorated)</source>
            <translation>Mínimo por hora vigente (prorrateado)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage an hour</source>
            <translation>Salario mínimo por hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage by date</source>
            <translation>Salario mínimo por fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing clock-ins</source>
            <translation>Entradas sin marcar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missing clock-outs</source>
            <translation>Salidas sin marcar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Most for one worker</source>
            <translation>Máximo de un trabajador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net pay</source>
            <translation>Pago neto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with night work</source>
            <translation>Días con trabajo nocturno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night hours</source>
            <translation>Horario nocturno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First digits found</source>
            <translation>Primeros dígitos encontrados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On round minutes</source>
            <translation>En minutos redondos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Orders of magnitude</source>
            <translation>Órdenes de magnitud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Days with overtime</source>
            <translation>Días con horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours</source>
            <translation>Horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime premium</source>
            <translation>Recargo por horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime premium tiers</source>
            <translation>Tramos del recargo por horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime rate</source>
            <translation>Tarifa de horas extra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>p-value</source>
            <translation>valor p</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours paid</source>
            <translation>Horas pagadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid while under age</source>
            <translation>Cobró siendo menor de edad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid leave and holiday hours</source>
            <translation>Horas de permiso y festivos pagados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll rows</source>
            <translation>Filas de nómina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Counted per</source>
            <translation>Contado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period end</source>
            <translation>Fin del periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period start</source>
            <translation>Inicio del periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pay periods</source>
            <translation>Periodos de pago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Premium</source>
            <translation>Recargo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Punches</source>
            <translation>Marcajes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio</source>
            <translation>Proporción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaches the minimum age</source>
            <translation>Alcanza la edad mínima</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In the records</source>
            <translation>En los registros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours recorded</source>
            <translation>Horas registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours recorded</source>
            <translation>Horas extra registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Line in the register</source>
            <translation>Línea en el registro de personal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours</source>
            <translation>Horas normales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a day</source>
            <translation>Horas ordinarias al día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a week</source>
            <translation>Horas normales por semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular pay</source>
            <translation>Pago normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular rate</source>
            <translation>Tarifa normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rehired under a new number</source>
            <translation>Recontratado con un número nuevo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ratio due</source>
            <translation>Proporción debida</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours on rest days</source>
            <translation>Horas en días de descanso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest-day premium</source>
            <translation>Recargo por día de descanso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Round minutes</source>
            <translation>Minutos redondos</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Rise that counts</source>
            <translation>Subida que cuenta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Runs of days</source>
            <translation>Rachas de días</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same answers</source>
            <translation>Respuestas iguales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share counted as serious</source>
            <translation>Proporción considerada grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share of the time rows</source>
            <translation>Proporción de los registros de tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortfall</source>
            <translation>Déficit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortfall in all</source>
            <translation>Diferencia total</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Significance level</source>
            <translation>Nivel de significación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standard hours needed</source>
            <translation>Horas estándar necesarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Said in the interview</source>
            <translation>Dicho en la entrevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weekly hours said</source>
            <translation>Horas semanales declaradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of leaving</source>
            <translation>Fecha de baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Similarity of the notes</source>
            <translation>Similitud de las notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Threshold (hours)</source>
            <translation>Umbral (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time records</source>
            <translation>Registros de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance</source>
            <translation>Tolerancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance (hours)</source>
            <translation>Tolerancia (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tolerance (share)</source>
            <translation>Tolerancia (proporción)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Turns 18</source>
            <translation>Cumple 18 años</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Public holidays not worked (hours)</source>
            <translation>Festivos no trabajados (horas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week starting</source>
            <translation>Semana que empieza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weeks</source>
            <translation>Semanas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weeks at the cap</source>
            <translation>Semanas en el tope</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers at that time</source>
            <translation>Trabajadores a esa hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers present</source>
            <translation>Trabajadores presentes</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Days in a window</source>
            <translation>Días por ventana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Efficiency in the highest window</source>
            <translation>Eficiencia en la ventana más alta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Workers staying overnight</source>
            <translation>Trabajadores que pernoctan en el recinto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers sharing it</source>
            <translation>Trabajadores que lo comparten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers with a birth date</source>
            <translation>Trabajadores con fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker below age</source>
            <translation>Trabajador joven si es menor de</translation>
        </message>
        <message>
            <location filename="../../ui/records/FlagExplanation.cpp" line="+40" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
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
            <translation>Trabajador</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+263" />
            <location line="+44" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="-306" />
            <location line="+308" />
            <source>In</source>
            <translation>Entrada</translation>
        </message>
        <message>
            <location line="-307" />
            <location line="+308" />
            <source>Out</source>
            <translation>Salida</translation>
        </message>
        <message>
            <location line="-307" />
            <source>Break (min)</source>
            <translation>Pausa (min)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+307" />
            <source>Worked (h)</source>
            <translation>Trabajado (h)</translation>
        </message>
        <message>
            <location line="-288" />
            <location line="+96" />
            <source>Bonus</source>
            <translation>Bonificación</translation>
        </message>
        <message>
            <location line="-93" />
            <location line="+94" />
            <source>Deductions</source>
            <translation>Deducciones</translation>
        </message>
        <message>
            <location line="-91" />
            <location line="+89" />
            <source>Overtime pay</source>
            <translation>Pago horas extra</translation>
        </message>
        <message>
            <location line="-86" />
            <location line="+89" />
            <source>Net pay</source>
            <translation>Pago neto</translation>
        </message>
        <message>
            <location line="-87" />
            <location line="+83" />
            <source>Regular pay</source>
            <translation>Pago normal</translation>
        </message>
        <message>
            <location line="-36" />
            <source>This check does not point at individual records.</source>
            <translation>Esta comprobación no señala registros concretos.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>Time records of the flag's %n worker(s) on its %1 day(s).</source>
            <translation>
                <numerusform>Registros de asistencia de %n trabajador de la alerta, en %1 día(s).</numerusform>
                <numerusform>Registros de asistencia de los %n trabajadores de la alerta, en %1 día(s).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+79" />
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="-78" />
            <location line="+79" />
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <location line="-78" />
            <source>Regular (h)</source>
            <translation>Normales (h)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime (h)</source>
            <translation>Extra (h)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Hours in time records</source>
            <translation>Horas en registros de asistencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Regular pay per hour</source>
            <translation>Pago normal por hora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overtime rate ÷ regular rate</source>
            <translation>Tarifa extra ÷ tarifa normal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Regular + overtime + bonus − deductions</source>
            <translation>Normal + extra + bonificación − deducciones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payroll rows of the flag's worker(s) in the flagged periods; minimum wage %1 per hour.</source>
            <translation>Filas de nómina de los trabajadores de la alerta en los períodos señalados; salario mínimo: %1 por hora.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payroll rows of the flag's worker(s) in the flagged periods.</source>
            <translation>Filas de nómina de los trabajadores de la alerta en los períodos señalados.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>First digit</source>
            <translation>Primer dígito</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every amount of %1 above zero in the audit period: the amounts the check tested.</source>
            <translation>Todos los importes de %1 mayores que cero en el período auditado: los importes que analizó la comprobación.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Born</source>
            <translation>Nacimiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age on %1</source>
            <translation>Edad el %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Hired</source>
            <translation>Contratación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <location filename="../../app/analysis/InterviewRecordTable.cpp" line="+67" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Position</source>
            <translation>Puesto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ID number on file</source>
            <translation>Nº de identidad registrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Register entries of the workers who share one ID number. The number itself is personal data and is not shown.</source>
            <translation>Entradas del registro de personal de los trabajadores que comparten un número de identidad. El número en sí es un dato personal y no se muestra.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Register entries of the flag's %n worker(s).</source>
            <translation>
                <numerusform>Entrada del registro de personal de %n trabajador de la alerta.</numerusform>
                <numerusform>Entradas del registro de personal de los %n trabajadores de la alerta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>shared by %n workers (hidden)</source>
            <translation>
                <numerusform>compartido por %n trabajador (oculto)</numerusform>
                <numerusform>compartido por %n trabajadores (oculto)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>on file (hidden)</source>
            <translation>registrado (oculto)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Units</source>
            <translation>Unidades</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minutes per unit (SAM)</source>
            <translation>Minutos por unidad (SAM)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours the output needs</source>
            <translation>Horas que requiere la producción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours in time records (department)</source>
            <translation>Horas en registros de asistencia (departamento)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Production of %1 on the flagged days: units × minutes per unit ÷ 60 against the hours the department's time records show that day.</source>
            <translation>Producción de %1 en los días señalados: unidades × minutos por unidad ÷ 60, frente a las horas que muestran ese día los registros de asistencia del departamento.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Gate events beside the time records of the flagged days: on site before the first punch or after the last one.</source>
            <translation>Eventos de portería junto a los registros de asistencia de los días señalados: en el sitio antes del primer marcaje o después del último.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>time card</source>
            <translation>tarjeta de marcaje</translation>
        </message>
        <message>
            <location line="+21" />
            <source>gate in</source>
            <translation>entrada (portería)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>gate out</source>
            <translation>salida (portería)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/InterviewRecordTable.cpp" line="-41" />
            <source>group</source>
            <translation>grupal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>individual</source>
            <translation>individual</translation>
        </message>
        <message>
            <location line="+5" />
            <source>off site</source>
            <translation>fuera del sitio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on site</source>
            <translation>en el sitio</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1: said %2, records %3</source>
            <translation>%1: dijo %2, registros %3</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stated hours a week</source>
            <translation>Horas semanales declaradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated rest days a week</source>
            <translation>Días de descanso semanales declarados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated monthly pay</source>
            <translation>Pago mensual declarado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stated deductions</source>
            <translation>Deducciones declaradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime voluntary</source>
            <translation>Horas extra voluntarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coaching suspected</source>
            <translation>Sospecha de aleccionamiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contradicts the records</source>
            <translation>Contradice los registros</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Structured answers of the interviews the flag names, by pseudonym. Who said what and the interview notes are personal data and are not shown.</source>
            <translation>Respuestas estructuradas de las entrevistas que nombra la alerta, por seudónimo. Quién dijo qué y las notas de las entrevistas son datos personales y no se muestran.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+52" />
            <source>interview form</source>
            <translation>formulario de entrevista</translation>
        </message>
    </context>
    <context>
        <name>FlagStore</name>
        <message>
            <location filename="../../app/analysis/FlagStore.cpp" line="+36" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Could not save the analysis</source>
            <translation>No se pudo guardar el análisis</translation>
        </message>
        <message>
            <location line="+8" />
            <source>no audit %1 in the store</source>
            <translation>no hay ninguna auditoría %1 en el almacén</translation>
        </message>
        <message>
            <location line="+161" />
            <source>Could not confirm the flag</source>
            <translation>No se pudo confirmar la alerta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the finding needs a title</source>
            <translation>el hallazgo necesita un título</translation>
        </message>
        <message>
            <location filename="../../app/analysis/FlagDetailQuery.cpp" line="+24" />
            <location filename="../../app/analysis/FlagStore.cpp" line="-10" />
            <location line="+21" />
            <location line="+75" />
            <source>no flag %1 in the store</source>
            <translation>no hay ninguna alerta %1 en el almacén</translation>
        </message>
        <message>
            <location filename="../../app/analysis/FlagStore.cpp" line="-13" />
            <source>Could not dismiss the flag</source>
            <translation>No se pudo descartar la alerta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a dismissal needs a reason</source>
            <translation>descartar requiere un motivo</translation>
        </message>
    </context>
    <context>
        <name>InterviewForm</name>
        <message>
            <location filename="../../ui/interviews/InterviewForm.cpp" line="+84" />
            <source>"%1" is not a number</source>
            <translation>«%1» no es un número</translation>
        </message>
    </context>
    <context>
        <name>InterviewLoader</name>
        <message>
            <location filename="../../app/analysis/InterviewLoader.cpp" line="+28" />
            <source>Could not read the interviews: %1</source>
            <translation>No se pudieron leer las entrevistas: %1</translation>
        </message>
    </context>
    <context>
        <name>InterviewPlanStore</name>
        <message>
            <location filename="../../app/interviews/InterviewPlanStore.cpp" line="+64" />
            <source>No audit with id %1</source>
            <translation>No hay ninguna auditoría con id %1</translation>
        </message>
        <message>
            <location line="+72" />
            <location line="+5" />
            <location line="+34" />
            <location line="+16" />
            <source>Could not read the interview plan: %1</source>
            <translation>No se pudo leer el plan de entrevistas: %1</translation>
        </message>
        <message>
            <location line="-40" />
            <source>interview_plans %1, rule_json: %2</source>
            <translation>interview_plans %1, rule_json: %2</translation>
        </message>
        <message>
            <location line="+66" />
            <source>Could not add worker %1 to the interview plan: %2</source>
            <translation>No se pudo añadir al trabajador %1 al plan de entrevistas: %2</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The register of this audit is empty: import workers.csv before drawing the sample.</source>
            <translation>El registro de personal de esta auditoría está vacío: importe workers.csv antes de sortear la muestra.</translation>
        </message>
        <message>
            <location line="+105" />
            <source>The interview plan vanished after drawing it</source>
            <translation>El plan de entrevistas desapareció después de sortearlo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Unknown reason "%1" for leaving a worker out (expected one of: %2)</source>
            <translation>Motivo desconocido «%1» para excluir a un trabajador (se esperaba uno de: %2)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>This audit has no interview plan yet: draw the sample first.</source>
            <translation>Esta auditoría aún no tiene plan de entrevistas: sortee primero la muestra.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Worker %1 is not in the interview plan</source>
            <translation>El trabajador %1 no está en el plan de entrevistas</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The interview plan vanished</source>
            <translation>El plan de entrevistas desapareció</translation>
        </message>
    </context>
    <context>
        <name>InterviewQuestions</name>
        <message>
            <location filename="../../app/interviews/InterviewQuestions.cpp" line="+73" />
            <location line="+19" />
            <source>Could not read the interview questions: %1</source>
            <translation>No se pudieron leer las preguntas de la entrevista: %1</translation>
        </message>
    </context>
    <context>
        <name>InterviewRegister</name>
        <message>
            <location filename="../../app/interviews/InterviewRegister.cpp" line="+54" />
            <source>Could not count the register: %1</source>
            <translation>No se pudo contar el registro de personal: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+12" />
            <source>Could not read the time records: %1</source>
            <translation>No se pudieron leer los registros de asistencia: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+23" />
            <source>Could not read the register: %1</source>
            <translation>No se pudo leer el registro de personal: %1</translation>
        </message>
    </context>
    <context>
        <name>InterviewStore</name>
        <message>
            <location filename="../../app/interviews/InterviewStore.cpp" line="+106" />
            <source>Personal data is locked: unlock it (with your passphrase) to write interview notes or the link to the register.</source>
            <translation>Los datos personales están bloqueados: desbloquéelos (con su frase de contraseña) para escribir notas de entrevista o el vínculo con el registro de personal.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No interview with id %1</source>
            <translation>No hay ninguna entrevista con id %1</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Unknown interview kind "%1" (expected worker or management)</source>
            <translation>Tipo de entrevista desconocido «%1» (se esperaba worker o management)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown interview format "%1" (expected individual or group)</source>
            <translation>Formato de entrevista desconocido «%1» (se esperaba individual o group)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No audit with id %1</source>
            <translation>No hay ninguna auditoría con id %1</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Could not create the interview: %1</source>
            <translation>No se pudo crear la entrevista: %1</translation>
        </message>
        <message>
            <location line="+60" />
            <source>interviews.%1 is personal data: it is written sealed, never as a plain field</source>
            <translation>interviews.%1 es un dato personal: se escribe sellado, nunca como campo en claro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interviews.%1 is not an editable field</source>
            <translation>interviews.%1 no es un campo editable</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Interview %1, %2: "%3" is not valid (%4)</source>
            <translation>Entrevista %1, %2: «%3» no es válido (%4)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interview %1: pay and hours statements belong to worker interviews</source>
            <translation>Entrevista %1: las declaraciones sobre pago y horas corresponden a las entrevistas a trabajadores</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Interview %1 is a group interview: pay and hours are never discussed in group interviews</source>
            <translation>La entrevista %1 es grupal: en las entrevistas grupales nunca se habla de pago ni de horas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>individual or group</source>
            <translation>individual o group</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Interview %1 has answers about pay or hours: clear them before making it a group interview (pay and hours are never discussed in groups)</source>
            <translation>La entrevista %1 tiene respuestas sobre pago u horas: bórrelas antes de convertirla en grupal (en grupo nunca se habla de pago ni de horas)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>a group interview has 2 to 50 participants</source>
            <translation>una entrevista grupal tiene de 2 a 50 participantes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an individual interview has 1</source>
            <translation>una entrevista individual tiene 1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>on_site or off_site</source>
            <translation>on_site u off_site</translation>
        </message>
        <message>
            <location line="+4" />
            <source>F, M or X</source>
            <translation>F, M o X</translation>
        </message>
        <message>
            <location line="+21" />
            <source>yes (1), no (0) or not recorded</source>
            <translation>sí (1), no (0) o no registrado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>hours in a week, 0 to 168</source>
            <translation>horas a la semana, de 0 a 168</translation>
        </message>
        <message>
            <location line="+4" />
            <source>days in a week, 0 to 7</source>
            <translation>días a la semana, de 0 a 7</translation>
        </message>
        <message>
            <location line="+4" />
            <source>an amount of money, 0 or more</source>
            <translation>un importe, 0 o más</translation>
        </message>
        <message>
            <location line="+5" />
            <source>YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
            <translation>AAAA-MM-DD o AAAA-MM-DD HH:MM</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+28" />
            <source>%1.%2 is not a personal-data field</source>
            <translation>%1.%2 no es un campo de datos personales</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Interview %1, question %2: %3</source>
            <translation>Entrevista %1, pregunta %2: %3</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Question %1: "%2" is not an answer (expected yes, no or unclear)</source>
            <translation>Pregunta %1: «%2» no es una respuesta (se esperaba yes, no o unclear)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Interview %1 is a group interview: question %2 is about pay or hours, which are never discussed in group interviews</source>
            <translation>La entrevista %1 es grupal: la pregunta %2 trata de pago u horas, de lo que nunca se habla en las entrevistas grupales</translation>
        </message>
    </context>
    <context>
        <name>InterviewVocabulary</name>
        <message>
            <location filename="../../app/interviews/InterviewVocabulary.cpp" line="+120" />
            <source>under 18</source>
            <translation>menor de 18</translation>
        </message>
        <message>
            <location line="+3" />
            <source>18–24</source>
            <translation>18–24</translation>
        </message>
        <message>
            <location line="+3" />
            <source>25–34</source>
            <translation>25–34</translation>
        </message>
        <message>
            <location line="+3" />
            <source>35–44</source>
            <translation>35–44</translation>
        </message>
        <message>
            <location line="+3" />
            <source>45 and over</source>
            <translation>45 o más</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+17" />
            <location line="+14" />
            <location line="+14" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location line="-39" />
            <source>under 3 months</source>
            <translation>menos de 3 meses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>3–12 months</source>
            <translation>3–12 meses</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1–3 years</source>
            <translation>1–3 años</translation>
        </message>
        <message>
            <location line="+3" />
            <source>3 years or more</source>
            <translation>3 años o más</translation>
        </message>
        <message>
            <location line="+8" />
            <source>day</source>
            <translation>día</translation>
        </message>
        <message>
            <location line="+3" />
            <source>evening</source>
            <translation>tarde</translation>
        </message>
        <message>
            <location line="+3" />
            <source>night</source>
            <translation>noche</translation>
        </message>
        <message>
            <location line="+8" />
            <source>female</source>
            <translation>mujer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>male</source>
            <translation>hombre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>other</source>
            <translation>otro</translation>
        </message>
        <message>
            <location line="+8" />
            <source>General manager</source>
            <translation>Gerente general</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Human resources (HR)</source>
            <translation>Recursos humanos (RR. HH.)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health and safety (H&amp;S)</source>
            <translation>Salud y seguridad (S&amp;S)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Payroll and finance</source>
            <translation>Nómina y finanzas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Social compliance</source>
            <translation>Cumplimiento social</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>absent today</source>
            <translation>ausente hoy</translation>
        </message>
        <message>
            <location line="+3" />
            <source>no longer works here</source>
            <translation>ya no trabaja aquí</translation>
        </message>
        <message>
            <location line="+3" />
            <source>declined to be interviewed</source>
            <translation>no aceptó la entrevista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>interview could put the worker at risk</source>
            <translation>entrevistarlo lo pondría en riesgo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>other reason</source>
            <translation>otro motivo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unclear</source>
            <translation>Dudoso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>group</source>
            <translation>grupal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>individual</source>
            <translation>individual</translation>
        </message>
        <message>
            <location line="+5" />
            <source>off-site</source>
            <translation>fuera del sitio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>on-site</source>
            <translation>en el sitio</translation>
        </message>
        <message>
            <location line="+6" />
            <source>young worker (under 18)</source>
            <translation>trabajador joven (menor de 18)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>recent hire (under 3 months)</source>
            <translation>nuevo (menos de 3 meses)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>so that every large group is heard</source>
            <translation>para que se escuche a cada grupo grande</translation>
        </message>
        <message>
            <location line="+3" />
            <source>replaces an excluded worker</source>
            <translation>sustituye a un trabajador excluido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>random, by group size</source>
            <translation>al azar, por tamaño de grupo</translation>
        </message>
    </context>
    <context>
        <name>MeetingAgenda</name>
        <message>
            <location filename="../../app/fieldwork/MeetingAgenda.cpp" line="+20" />
            <source>Introduce the audit team and the management representatives</source>
            <translation>Presentar al equipo auditor y a los representantes de la dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the scope, the code(s) and the audit plan</source>
            <translation>Explicar el alcance, el código o los códigos y el plan de auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Explain confidentiality and that no worker may be punished for talking to auditors</source>
            <translation>Explicar la confidencialidad y que ningún trabajador puede ser sancionado por hablar con los auditores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agree on the interview rooms and that workers are chosen by the auditors</source>
            <translation>Acordar las salas de entrevista y que los auditores eligen a los trabajadores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Request the records for the review period (time cards, payroll, personnel files)</source>
            <translation>Solicitar los registros del período revisado (tarjetas de marcaje, nómina, expedientes del personal)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name the contact person and the worker representative</source>
            <translation>Designar a la persona de contacto y al representante de los trabajadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the attendance list</source>
            <translation>Registrar la lista de asistentes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Thank the management and the workers for their cooperation</source>
            <translation>Agradecer a la dirección y a los trabajadores su colaboración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Present every finding with its clause and evidence</source>
            <translation>Presentar cada hallazgo con su cláusula y su evidencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Let management clarify or dispute findings; note disagreements</source>
            <translation>Dejar que la dirección aclare o discuta los hallazgos; anotar los desacuerdos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agree on corrective actions, responsible persons and due dates</source>
            <translation>Acordar las acciones correctivas, los responsables y las fechas límite</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remind management that retaliation against interviewed workers is forbidden</source>
            <translation>Recordar a la dirección que están prohibidas las represalias contra los trabajadores entrevistados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explain the report, follow-up audit and timeline</source>
            <translation>Explicar el informe, la auditoría de seguimiento y los plazos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Obtain the signature of the management representative</source>
            <translation>Obtener la firma del representante de la dirección</translation>
        </message>
    </context>
    <context>
        <name>Package</name>
        <message>
            <location filename="../../app/sync/PackageScope.cpp" line="+62" />
            <source>%1: refused, nothing was imported: %2</source>
            <translation>%1: rechazado, no se importó nada: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>audit.json names no audit</source>
            <translation>audit.json no nombra ninguna auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the manifest names audit %1 and audit.json audit %2</source>
            <translation>el manifiesto nombra la auditoría %1 y audit.json la auditoría %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unknown table %1</source>
            <translation>tabla desconocida %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>table %1 is not a list of rows</source>
            <translation>la tabla %1 no es una lista de filas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>table %1, row %2 is not an object</source>
            <translation>la tabla %1, fila %2 no es un objeto</translation>
        </message>
        <message>
            <location line="+6" />
            <source>table audits must hold exactly one row, the package's audit %1</source>
            <translation>la tabla audits debe tener exactamente una fila, la auditoría %1 del paquete</translation>
        </message>
        <message>
            <location line="+7" />
            <source>table facilities must hold exactly one row, the audit's facility %1</source>
            <translation>la tabla facilities debe tener exactamente una fila, la instalación %1 de la auditoría</translation>
        </message>
        <message>
            <location line="+36" />
            <source>audit %1 was deleted in this store (%2); an older package does not bring it back</source>
            <translation>la auditoría %1 se eliminó en este almacén (%2); un paquete anterior no la recupera</translation>
        </message>
        <message>
            <location line="+37" />
            <source>table %1, row %2 (uuid %3)</source>
            <translation>tabla %1, fila %2 (uuid %3)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>table %1, row %2</source>
            <translation>tabla %1, fila %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 carries a local id (column id); packages never do</source>
            <translation>%1 lleva un id local (columna id); los paquetes nunca lo llevan</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 carries column %2, which packages never carry</source>
            <translation>%1 lleva la columna %2, que los paquetes nunca llevan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 has no uuid</source>
            <translation>%1 no tiene uuid</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 appears twice</source>
            <translation>%1 aparece dos veces</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: %2 is not a uuid</source>
            <translation>%1: %2 no es un uuid</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: %2 points at %3 %4, which is not a row of this package's audit</source>
            <translation>%1: %2 apunta a %3 %4, que no es una fila de la auditoría de este paquete</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 does not say which %2 it belongs to (%3 is empty)</source>
            <translation>%1 no dice a qué %2 pertenece (%3 está vacío)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1 is an entry of audit %2, not of the package's audit</source>
            <translation>%1 es una entrada de la auditoría %2, no de la auditoría del paquete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the actor is empty, too long or has control characters</source>
            <translation>%1: el autor está vacío, es demasiado largo o tiene caracteres de control</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: "at" is not a date and time</source>
            <translation>%1: "at" no es una fecha y hora</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 is dated %2, after the package was signed (%3)</source>
            <translation>%1 tiene fecha %2, posterior a la firma del paquete (%3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is dated %2, before the audit was created (%3)</source>
            <translation>%1 tiene fecha %2, anterior a la creación de la auditoría (%3)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 names no row</source>
            <translation>%1 no nombra ninguna fila</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 is about %2 %3, a row of another audit in this store</source>
            <translation>%1 trata de %2 %3, una fila de otra auditoría de este almacén</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+27" />
            <source>%1 is a row of another audit in this store</source>
            <translation>%1 es una fila de otra auditoría de este almacén</translation>
        </message>
        <message>
            <location line="-10" />
            <source>deletion %1 (%2 %3)</source>
            <translation>eliminación %1 (%2 %3)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 does not name a row of an audit table with its date</source>
            <translation>%1 no nombra una fila de una tabla de auditoría con su fecha</translation>
        </message>
        <message>
            <location filename="../../app/sync/AuditPackage.cpp" line="+50" />
            <source>No audit %1 in this store.</source>
            <translation>No hay ninguna auditoría %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose head office's encryption key to seal personal data for it.</source>
            <translation>Elija la clave de cifrado de la oficina central para sellar los datos personales para ella.</translation>
        </message>
        <message>
            <location line="+105" />
            <location line="+57" />
            <location filename="../../app/sync/PackageVerifier.cpp" line="+48" />
            <location line="+32" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="-33" />
            <location line="+9" />
            <source>%1: cannot write: %2</source>
            <translation>%1: no se puede escribir: %2</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+9" />
            <source>%1: cannot write the signature: %2</source>
            <translation>%1: no se puede escribir la firma: %2</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1: no signature beside it (%2.minisig): refused</source>
            <translation>%1: no hay firma junto a él (%2.minisig): rechazado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+16" />
            <location line="+9" />
            <location filename="../../app/sync/PackageMerge.cpp" line="+319" />
            <source>%1: refused: %2</source>
            <translation>%1: rechazado: %2</translation>
        </message>
        <message>
            <location line="-14" />
            <source>%1: refused: the given key claims id %2, which this store knows as "%3" with a different public key</source>
            <translation>%1: rechazado: la clave dada dice tener el id %2, que este almacén conoce como «%3» con otra clave pública</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../app/sync/PackageVerifier.cpp" line="+18" />
            <source>one-time key %1 (not in this store's trust list)</source>
            <translation>clave de un solo uso %1 (no está en la lista de confianza de este almacén)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: refused, the package was tampered with: %2</source>
            <translation>%1: rechazado, el paquete fue manipulado: %2</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageMerge.cpp" line="+5" />
            <source>%1: refused: no audit.json in the package</source>
            <translation>%1: rechazado: el paquete no contiene audit.json</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: refused: audit.json format %2 is not supported</source>
            <translation>%1: rechazado: el formato %2 de audit.json no es compatible</translation>
        </message>
        <message>
            <location line="+107" />
            <source>%1: refused: a conflict with no audit</source>
            <translation>%1: rechazado: un conflicto sin auditoría</translation>
        </message>
        <message>
            <location line="+62" />
            <source>%1: refused: unknown column %2.%3</source>
            <translation>%1: rechazado: columna desconocida %2.%3</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: refused: %2.%3: %4</source>
            <translation>%1: rechazado: %2.%3: %4</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1: refused: %2.%3 is sealed but is not a personal-data column here</source>
            <translation>%1: rechazado: %2.%3 está sellado, pero aquí no es una columna de datos personales</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: refused: an evidence file is missing</source>
            <translation>%1: rechazado: falta un archivo de evidencia</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Interview %1 is %2 here (another auditor's interview is %1)</source>
            <translation>La entrevista %1 es %2 aquí (la entrevista de otro auditor es %1)</translation>
        </message>
        <message>
            <location line="+95" />
            <source>%1: %2 could not be merged: %3</source>
            <translation>%1: no se pudo fusionar %2: %3</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageContainer.cpp" line="+51" />
            <source>not a Fieldbook package</source>
            <translation>no es un paquete de Fieldbook</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package manifest is cut short</source>
            <translation>el manifiesto del paquete está truncado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package manifest is damaged: %1</source>
            <translation>el manifiesto del paquete está dañado: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>package format %1 is not supported (this version reads %2)</source>
            <translation>el formato de paquete %1 no es compatible (esta versión lee %2)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>entry "%1" is cut short</source>
            <translation>la entrada «%1» está truncada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>entry "%1" does not match its SHA-256</source>
            <translation>la entrada «%1» no coincide con su SHA-256</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package has %1 unexpected bytes at the end</source>
            <translation>el paquete tiene %1 bytes inesperados al final</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageExporter.cpp" line="+15" />
            <source>Choose where to write the package.</source>
            <translation>Elija dónde guardar el paquete.</translation>
        </message>
        <message>
            <location filename="../../app/sync/PackageVerifier.cpp" line="-71" />
            <source>this store's auditor key "%1"</source>
            <translation>la clave de auditor «%1» de este almacén</translation>
        </message>
        <message>
            <location line="+5" />
            <source>trusted key "%1"</source>
            <translation>la clave de confianza «%1»</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: cannot read the signature: %2</source>
            <translation>%1: no se puede leer la firma: %2</translation>
        </message>
        <message>
            <location line="+35" />
            <source>key file %1</source>
            <translation>el archivo de clave %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the key file claims id %1, which this store knows as "%2" with a different public key</source>
            <translation>el archivo de clave dice tener el id %1, que este almacén conoce como «%2» con otra clave pública</translation>
        </message>
        <message>
            <location line="+19" />
            <source>No public key to verify with: give the signer's key file.</source>
            <translation>No hay clave pública con la que verificar: indique el archivo de clave del firmante.</translation>
        </message>
        <message>
            <location filename="../../app/sync/PersonalDataReseal.cpp" line="+53" />
            <source>personal_data_columns names '%1.%2': not a column of this store; left out</source>
            <translation>personal_data_columns nombra «%1.%2»: no es una columna de este almacén; se omite</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Unlock the store's personal data first.</source>
            <translation>Desbloquee primero los datos personales del almacén.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>%1.%2 row %3: a value sealed with this store's key does not open; left as it is</source>
            <translation>%1.%2 fila %3: un valor sellado con la clave de este almacén no se abre; se deja como está</translation>
        </message>
        <message>
            <location line="+22" />
            <source>%1.%2 row %3: a value sealed for key %4 does not open with it; left sealed</source>
            <translation>%1.%2 fila %3: un valor sellado para la clave %4 no se abre con ella; se deja sellado</translation>
        </message>
        <message>
            <location filename="../../app/sync/PersonalValueCodec.cpp" line="+67" />
            <source>Personal data is locked: unlock it with the store's passphrase to seal it for head office, or leave it out of the package.</source>
            <translation>Los datos personales están bloqueados: desbloquéelos con la frase de contraseña del almacén para sellarlos para la oficina central, o déjelos fuera del paquete.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 cannot be opened with this store's personal-data key: it was not sealed here, or it is damaged. Leave personal data out of this package.</source>
            <translation>%1 no se puede abrir con la clave de datos personales de este almacén: no se selló aquí o está dañado. Deje los datos personales fuera de este paquete.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 could not be sealed for head office.</source>
            <translation>No se pudo sellar %1 para la oficina central.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>a personal-data value is not sealed</source>
            <translation>un valor de datos personales no está sellado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a sealed personal-data value is damaged</source>
            <translation>un valor sellado de datos personales está dañado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>a sealed personal-data value does not open with the key it names</source>
            <translation>un valor sellado de datos personales no se abre con la clave que indica</translation>
        </message>
    </context>
    <context>
        <name>PackageVerificationText</name>
        <message>
            <location filename="../../ui/signing/PackageVerificationText.cpp" line="+19" />
            <source>the signer</source>
            <translation>el firmante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not valid — the file was changed or the signature is wrong: %1</source>
            <translation>No válido — el archivo se modificó o la firma es incorrecta: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not verified — unknown signer: %1</source>
            <translation>No verificado — firmante desconocido: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not verified: %1</source>
            <translation>No verificado: %1</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Valid, but checked with a one-time key that this store does not trust (fingerprint %1): compare the fingerprint with the signer by phone or in person before relying on it. A key file sent with the package proves nothing.</source>
            <translation>Válido, pero comprobado con una clave de un solo uso en la que este almacén no confía (huella %1): compare la huella con el firmante por teléfono o en persona antes de fiarse. Un archivo de clave enviado con el paquete no prueba nada.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Valid: every byte is as signed with the key this store calls "%1".</source>
            <translation>Válido: cada byte es tal como se firmó con la clave que este almacén llama «%1».</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>(not in this store)</source>
            <translation>(no está en este almacén)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 (id %2)</source>
            <translation>%1 (id %2)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Signer named in the signature (a claim)</source>
            <translation>Firmante nombrado en la firma (una afirmación)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checked with</source>
            <translation>Comprobado con</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted comment</source>
            <translation>Comentario de confianza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contents</source>
            <translation>Contenido</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit %1, format %2, evidence files: %3, PDF report: %4</source>
            <translation>auditoría %1, formato %2, archivos de evidencia: %3, informe PDF: %4</translation>
        </message>
        <message>
            <location line="+4" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal data</source>
            <translation>Datos personales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sealed for %1 (%2)</source>
            <translation>sellados para %1 (%2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>left out</source>
            <translation>no incluidos</translation>
        </message>
    </context>
    <context>
        <name>PhaseNotes</name>
        <message>
            <location filename="../../app/fieldwork/PhaseNotes.cpp" line="+25" />
            <source>Audit %1 does not exist.</source>
            <translation>La auditoría %1 no existe.</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location filename="../../ui/pages/PlanPage.cpp" line="+43" />
            <source>not set</source>
            <translation>sin fijar</translation>
        </message>
    </context>
    <context>
        <name>PunchFileParser</name>
        <message>
            <location filename="../../app/records/PunchFileParser.cpp" line="+48" />
            <source>no column gives the punch's moment: map timestamp (a date-time column), or date and time</source>
            <translation>ninguna columna da el momento de la marcación: asigne timestamp (una columna de fecha y hora), o date y time</translation>
        </message>
        <message>
            <location line="+62" />
            <source>unknown check type '%1' (in/out words such as Check In, Check Out, C/In, C/Out, I, O, Break Out, Break In, OverTime In, OverTime Out)</source>
            <translation>tipo de marcación desconocido '%1' (palabras de entrada/salida como Check In, Check Out, C/In, C/Out, I, O, Break Out, Break In, OverTime In, OverTime Out)</translation>
        </message>
    </context>
    <context>
        <name>RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/FlagExplanation.cpp" line="+47" />
            <source>Severity:</source>
            <translation>Gravedad:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses:</source>
            <translation>Cláusulas:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Workers (%1):</source>
            <translation>Trabajadores (%1):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Days (%1):</source>
            <translation>Días (%1):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismissed:</source>
            <translation>Descartada:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Confirmed: see Findings.</source>
            <translation>Confirmada: vea Hallazgos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The figures behind it:</source>
            <translation>Las cifras que la sustentan:</translation>
        </message>
        <message>
            <location filename="../../ui/records/FlagDetailPanel.cpp" line="+104" />
            <source>&amp;Confirm as finding…</source>
            <translation>&amp;Confirmar como hallazgo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dismiss…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <location line="+61" />
            <source>&lt;p&gt;No flags yet. Import the records and run the analysis.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todavía no hay alertas. Importe los registros y ejecute el análisis.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>RecordDirectoryReader</name>
        <message>
            <location filename="../../app/records/RecordDirectoryReader.cpp" line="+34" />
            <source>... and %1 more</source>
            <translation>... y %1 más</translation>
        </message>
        <message>
            <location line="+7" />
            <source>... and %1 more (not kept: only the first %2 of a file are)</source>
            <translation>... y %1 más (no se guardan: solo las primeras %2 de cada archivo)</translation>
        </message>
        <message>
            <location line="+152" />
            <source>unknown kind of record file '%1'</source>
            <translation>tipo de archivo de registros desconocido «%1»</translation>
        </message>
        <message>
            <location line="+7" />
            <source>cannot open: %1</source>
            <translation>no se puede abrir: %1</translation>
        </message>
        <message>
            <location line="+123" />
            <source>%1: not a folder</source>
            <translation>%1: no es una carpeta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 holds no record file (workers.csv, time_records.csv, payroll.csv, production.csv, gate_log.csv, punches.csv or *_attlog.dat)</source>
            <translation>%1 no contiene ningún archivo de registros (workers.csv, time_records.csv, payroll.csv, production.csv, gate_log.csv, punches.csv o *_attlog.dat)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no record file to read</source>
            <translation>no hay ningún archivo de registros que leer</translation>
        </message>
    </context>
    <context>
        <name>RecordFileHead</name>
        <message>
            <location filename="../../app/records/RecordFileHead.cpp" line="+65" />
            <source>cannot open: %1</source>
            <translation>no se puede abrir: %1</translation>
        </message>
        <message>
            <location line="+37" />
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
    </context>
    <context>
        <name>RecordFileParser</name>
        <message>
            <location filename="../../app/records/PayrollFileParser.cpp" line="+62" />
            <source>period_end before period_start</source>
            <translation>period_end anterior a period_start</translation>
        </message>
        <message>
            <location line="+5" />
            <source>pay period of %1 days: longer than two months (%2 days)</source>
            <translation>periodo de pago de %1 días: más de dos meses (%2 días)</translation>
        </message>
        <message>
            <location filename="../../app/records/RecordFileParser.cpp" line="+109" />
            <source>the file is empty (no header row)</source>
            <translation>el archivo está vacío (sin fila de encabezado)</translation>
        </message>
        <message>
            <location line="+101" />
            <source>%1 '%2'</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+27" />
            <source>control character (such as NUL) in an id</source>
            <translation>carácter de control (como NUL) en un identificador</translation>
        </message>
        <message>
            <location line="-22" />
            <source>required cell is empty</source>
            <translation>una celda obligatoria está vacía</translation>
        </message>
        <message>
            <location line="+25" />
            <source>id longer than %1 bytes</source>
            <translation>identificador de más de %1 bytes</translation>
        </message>
        <message>
            <location line="+29" />
            <source>unparseable date (expected YYYY-MM-DD or day/month/year)</source>
            <translation>fecha ilegible (se esperaba AAAA-MM-DD o día/mes/año)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unparseable date (expected YYYY-MM-DD or month/day/year)</source>
            <translation>fecha ilegible (se esperaba AAAA-MM-DD o mes/día/año)</translation>
        </message>
        <message>
            <location line="+72" />
            <source>"%1" is not an amount</source>
            <translation>«%1» no es un importe</translation>
        </message>
        <message>
            <location filename="../../app/records/TimeRecordsFileParser.cpp" line="+107" />
            <source>time_out equals time_in</source>
            <translation>time_out es igual a time_in</translation>
        </message>
        <message>
            <location line="-8" />
            <location line="+11" />
            <source>the break is longer than the segment: negative hours</source>
            <translation>la pausa es más larga que el tramo: horas negativas</translation>
        </message>
        <message>
            <location filename="../../app/records/WorkersFileParser.cpp" line="+74" />
            <source>worker id '%1' appears twice in the register</source>
            <translation>el identificador de trabajador «%1» aparece dos veces en el registro de personal</translation>
        </message>
        <message>
            <location line="+9" />
            <source>termination date before the hire date</source>
            <translation>fecha de baja anterior a la de contratación</translation>
        </message>
    </context>
    <context>
        <name>RecordImportCheck</name>
        <message>
            <location filename="../../app/records/RecordImportCheck.h" line="+36" />
            <source>The check was cancelled.</source>
            <translation>La comprobación se canceló.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) cannot be read as they stand (see the issues): fix or remove them first.</source>
            <translation>
                <numerusform>%n archivo no se puede leer tal como está (vea los problemas): corríjalo o quítelo primero.</numerusform>
                <numerusform>%n archivos no se pueden leer tal como están (vea los problemas): corríjalos o quítelos primero.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>There is nothing to import.</source>
            <translation>No hay nada que importar.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s): importing all or nothing, nothing can be imported. Fix the files, or import the good rows and quarantine the bad ones.</source>
            <translation>
                <numerusform>%n fila errónea: al importar todo o nada, no se puede importar nada. Corrija los archivos, o importe las filas correctas y ponga en cuarentena la errónea.</numerusform>
                <numerusform>%n filas erróneas: al importar todo o nada, no se puede importar nada. Corrija los archivos, o importe las filas correctas y ponga en cuarentena las erróneas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordImportSession</name>
        <message>
            <location filename="../../app/records/RecordImportSession.cpp" line="+46" />
            <source>no audit with id %1</source>
            <translation>no hay ninguna auditoría con id %1</translation>
        </message>
        <message>
            <location line="+147" />
            <source>the workbook has no sheet holding values</source>
            <translation>el libro no tiene ninguna hoja con datos</translation>
        </message>
        <message>
            <location line="+27" />
            <source>%1 has no sheet named "%2"; its sheets: %3</source>
            <translation>%1 no tiene ninguna hoja llamada «%2»; sus hojas: %3</translation>
        </message>
        <message>
            <location line="+161" />
            <source>'%1' is not a kind of CSV record file (%2)</source>
            <translation>«%1» no es un tipo de archivo de registros CSV (%2)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>%1 has no column '%2' (its columns: %3)</source>
            <translation>%1 no tiene la columna «%2» (sus columnas: %3)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>%1 has no column headed '%2' (its header: %3)</source>
            <translation>%1 no tiene ninguna columna con el encabezado «%2» (su encabezado: %3)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>a mapping for %1 was given, but no file of that kind was chosen</source>
            <translation>se indicó una asignación para %1, pero no se eligió ningún archivo de ese tipo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Add at least one record file.</source>
            <translation>Añada al menos un archivo de registros.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1: choose what kind of records it holds (or remove it).</source>
            <translation>%1: elija qué tipo de registros contiene (o quítelo).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Only one personnel register can be imported at a time: %1 are all registers.</source>
            <translation>Solo se puede importar un registro de personal a la vez: %1 son todos registros de personal.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>timestamp (or date and time)</source>
            <translation>timestamp (o date y time)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1: required column(s) not mapped: %2</source>
            <translation>%1: columnas obligatorias sin asignar: %2</translation>
        </message>
        <message>
            <location line="+9" />
            <source>%1: the column "%2" is chosen for both %3 and %4</source>
            <translation>%1: la columna «%2» está elegida a la vez para %3 y %4</translation>
        </message>
        <message>
            <location line="+116" />
            <source>from the file name</source>
            <translation>por el nombre del archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from its lines</source>
            <translation>por su contenido</translation>
        </message>
        <message>
            <location line="+2" />
            <source>from its header</source>
            <translation>por su encabezado</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+19" />
            <source>chosen</source>
            <translation>a mano</translation>
        </message>
        <message>
            <location line="-17" />
            <source>from the sheet's name</source>
            <translation>por el nombre de la hoja</translation>
        </message>
        <message>
            <location line="+4" />
            <source>unknown</source>
            <translation>desconocido</translation>
        </message>
        <message>
            <location line="+7" />
            <source>same name</source>
            <translation>mismo nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>saved for this facility</source>
            <translation>guardada para esta instalación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>similar name</source>
            <translation>nombre parecido</translation>
        </message>
        <message>
            <location line="+6" />
            <source>not in the file</source>
            <translation>no está en el archivo</translation>
        </message>
        <message>
            <location filename="../../app/records/RecordPreviewReader.cpp" line="+37" />
            <source>Choose what kind of records the file holds to see how it will be read.</source>
            <translation>Elija qué tipo de registros contiene el archivo para ver cómo se leerá.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+87" />
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <location line="-26" />
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
    </context>
    <context>
        <name>RecordKinds</name>
        <message>
            <location filename="../../app/records/RecordKinds.cpp" line="+78" />
            <source>Personnel register</source>
            <translation>Registro de personal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time cards</source>
            <translation>Tarjetas de marcaje</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Payroll</source>
            <translation>Nómina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Production output</source>
            <translation>Producción</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gate log</source>
            <translation>Registro de portería</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time clock log (ZKTeco)</source>
            <translation>Registro del reloj de marcaje (ZKTeco)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time clock punches (one row per punch)</source>
            <translation>Marcaciones del reloj (una fila por marcación)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown: choose a kind</source>
            <translation>Desconocido: elija un tipo</translation>
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
            <translation>la importación falló al escribir %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+41" />
            <source>no audit with id %1</source>
            <translation>no hay ninguna auditoría con id %1</translation>
        </message>
        <message>
            <location line="-17" />
            <source>import cancelled: nothing was written</source>
            <translation>importación cancelada: no se escribió nada</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n bad row(s): nothing was imported (import the good rows with quarantine mode)
</source>
            <translation>
                <numerusform>%n fila errónea: no se importó nada (importe las filas correctas con el modo de cuarentena)
</numerusform>
                <numerusform>%n filas erróneas: no se importó nada (importe las filas correctas con el modo de cuarentena)
</numerusform>
            </translation>
        </message>
        <message>
            <location line="+646" />
            <source>cannot read the audit's records: %1</source>
            <translation>no se pueden leer los registros de la auditoría: %1</translation>
        </message>
    </context>
    <context>
        <name>RecordWriter</name>
        <message>
            <location filename="../../app/demo/RecordWriter.cpp" line="+21" />
            <source>cannot write %1: %2</source>
            <translation>no se puede escribir %1: %2</translation>
        </message>
        <message>
            <location line="+219" />
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../app/report/ReportBuilder.cpp" line="+108" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/report/ReportCharts.cpp" line="+82" />
            <source>not assessed</source>
            <translation>sin evaluar</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+47" />
            <location line="+2" />
            <location line="+6" />
            <location line="+245" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="-297" />
            <source>d MMMM yyyy</source>
            <extracomment>Date format of the report (QDate::toString): day and month order differ between languages.</extracomment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
        <message>
            <location line="+7" />
            <source>d MMM yyyy HH:mm</source>
            <extracomment>Date and time format of the page footer (QDateTime::toString).</extracomment>
            <translation>d MMM yyyy HH:mm</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unsigned draft</source>
            <translation>borrador sin firmar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>signing key %1</source>
            <translation>clave de firma %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Generated %1 · %2</source>
            <translation>Generado el %1 · %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SOCIAL COMPLIANCE AUDIT REPORT</source>
            <translation>INFORME DE AUDITORÍA DE CUMPLIMIENTO SOCIAL</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Facility</source>
            <translation>Instalación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Headcount</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit dates</source>
            <translation>Fechas de la auditoría</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+2" />
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Records period reviewed</source>
            <translation>Período de registros revisado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit type</source>
            <translation>Tipo de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes of conduct</source>
            <translation>Códigos de conducta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope</source>
            <translation>Alcance</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announcement</source>
            <translation>Aviso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit paid by</source>
            <translation>Auditoría pagada por</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Audit team</source>
            <translation>Equipo auditor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No team recorded</source>
            <translation>No se registró ningún equipo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Audit reference %1. This report contains no worker names, identity numbers or interview statements; interviews are summarised in figures only.</source>
            <translation>Referencia de la auditoría %1. Este informe no contiene nombres de trabajadores, números de identidad ni declaraciones de entrevistas; las entrevistas se resumen solo en cifras.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Not compliant: critical or priority findings require immediate action.</source>
            <translation>No conforme: los hallazgos críticos o prioritarios exigen actuar de inmediato.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Major non-compliances found: a corrective action plan is required.</source>
            <translation>Se encontraron no conformidades mayores: se requiere un plan de acciones correctivas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Generally compliant, with minor findings to correct.</source>
            <translation>Conforme en general, con hallazgos menores que corregir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Assessment not started: no question has been answered yet.</source>
            <translation>Evaluación no iniciada: todavía no se ha respondido ninguna pregunta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No non-compliance found in the questions assessed.</source>
            <translation>No se encontró ninguna no conformidad en las preguntas evaluadas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>1. Executive summary</source>
            <translation>1. Resumen ejecutivo</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+167" />
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location line="-167" />
            <location line="+167" />
            <location line="+99" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="-265" />
            <source>Questions in the checklist</source>
            <translation>Preguntas de la lista de verificación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions assessed (compliant, non-compliant, observation)</source>
            <translation>Preguntas evaluadas (conforme, no conforme, observación)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overall compliance of assessed questions</source>
            <translation>Conformidad global de las preguntas evaluadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not applicable / not verified / unanswered</source>
            <translation>No aplica / no verificado / sin responder</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Findings: %1</source>
            <translation>Hallazgos: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrective actions planned</source>
            <translation>Acciones correctivas previstas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Top issues</source>
            <translation>Problemas principales</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+89" />
            <source>No findings were raised.</source>
            <translation>No se levantó ningún hallazgo.</translation>
        </message>
        <message>
            <location line="-76" />
            <source>Record analysis</source>
            <translation>Análisis de registros</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No factory records were imported for analysis.</source>
            <translation>No se importaron registros de la fábrica para analizar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 factory records from %2 files were analysed (%3 rows quarantined). The analysis raised %4 flags in %5 groups: %6 confirmed by the auditors, %7 dismissed with a reason, %8 still open.</source>
            <translation>Se analizaron %1 registros de la fábrica de %2 archivos (%3 filas en cuarentena). El análisis levantó %4 alertas en %5 grupos: %6 confirmadas por los auditores, %7 descartadas con un motivo, %8 aún abiertas.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>2. Compliance by section and code</source>
            <translation>2. Conformidad por sección y código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance is the share of assessed questions (compliant, non-compliant or observation) answered compliant. Green: 85 % and above; amber: 60 to 84 %; red: below 60 %.</source>
            <translation>La conformidad es la proporción de preguntas evaluadas (conforme, no conforme u observación) respondidas como conformes. Verde: 85 % o más; ámbar: del 60 al 84 %; rojo: menos del 60 %.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>By code of conduct</source>
            <translation>Por código de conducta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>By section</source>
            <translation>Por sección</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+9" />
            <location line="+37" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Compliant</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-compliant</source>
            <translation>No conforme</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Observ.</source>
            <translation>Observ.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unverified</source>
            <translation>No verif.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unanswered</source>
            <translation>Sin resp.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translation>Conformidad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answers by code</source>
            <translation>Respuestas por código</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers by section</source>
            <translation>Respuestas por sección</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Code</source>
            <translation>Código</translation>
        </message>
        <message>
            <location line="+19" />
            <source>3. Findings</source>
            <translation>3. Hallazgos</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>none recorded</source>
            <translation>ninguna registrada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence files</source>
            <translation>Archivos de evidencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root cause</source>
            <translation>Causa raíz</translation>
        </message>
        <message>
            <location line="+16" />
            <source>4. Corrective action plan</source>
            <translation>4. Plan de acciones correctivas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No corrective actions recorded.</source>
            <translation>No se registró ninguna acción correctiva.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Corrective action</source>
            <translation>Acción correctiva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preventive action</source>
            <translation>Acción preventiva</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+13" />
            <source>5. Interviews</source>
            <translation>5. Entrevistas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviews are summarised in figures. Names, identity numbers and what interviewees said in their own words are kept sealed in the audit store and are not part of this report.</source>
            <translation>Las entrevistas se resumen en cifras. Los nombres, los números de identidad y lo que dijeron los entrevistados con sus propias palabras se guardan sellados en el almacén de la auditoría y no forman parte de este informe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Interviews held</source>
            <translation>Entrevistas realizadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People interviewed</source>
            <translation>Personas entrevistadas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By kind</source>
            <translation>Por tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By format</source>
            <translation>Por formato</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By location</source>
            <translation>Por lugar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>By department</source>
            <translation>Por departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By gender</source>
            <translation>Por género</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Structured answers</source>
            <translation>Respuestas estructuradas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answered by</source>
            <translation>Respondida por</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Stated weekly working hours (mean)</source>
            <translation>Horas semanales declaradas (media)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stated monthly pay (mean)</source>
            <translation>Pago mensual declarado (media)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overtime described as voluntary</source>
            <translation>Horas extra descritas como voluntarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 yes, %2 no</source>
            <translation>%1 sí, %2 no</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviews where coaching was suspected</source>
            <translation>Entrevistas con sospecha de aleccionamiento</translation>
        </message>
        <message>
            <location line="+7" />
            <source>6. Record checks and analysis flags</source>
            <translation>6. Comprobación de registros y alertas del análisis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records imported</source>
            <translation>Registros importados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No factory records were imported.</source>
            <translation>No se importaron registros de la fábrica.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+137" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="-137" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quarantined</source>
            <translation>En cuarentena</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The records have not been analysed.</source>
            <translation>Los registros no se han analizado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analysis runs: %1; latest %2.</source>
            <translation>Análisis realizados: %1; el último, %2.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Flags by severity</source>
            <translation>Alertas por gravedad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flags and their dispositions</source>
            <translation>Alertas y su resolución</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No flags were raised.</source>
            <translation>No se levantó ninguna alerta.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+62" />
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location line="-62" />
            <location line="+62" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+75" />
            <source>Confirmed</source>
            <translation>Confirmadas</translation>
        </message>
        <message>
            <location line="-75" />
            <source>Dismissed</source>
            <translation>Descartadas</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+80" />
            <location filename="../../app/report/ReportStrings.cpp" line="+82" />
            <source>Open</source>
            <translation>Abiertas</translation>
        </message>
        <message>
            <location line="-79" />
            <source>Reasons for dismissal</source>
            <translation>Motivos del descarte</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Thresholds the checks applied</source>
            <translation>Umbrales que aplicaron las comprobaciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The stricter of code and law for each figure, in force on %1.</source>
            <translation>Para cada cifra, la más estricta entre código y ley, vigente el %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Region: %1.</source>
            <translation>Región: %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>"Verify before use": a figure of the law not checked against its primary text by Fieldbook's authors.</source>
            <translation>«Verificar antes de usar»: una cifra de la ley que los autores de Fieldbook no cotejaron con su texto original.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source</source>
            <translation>Fuente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In force</source>
            <translation>Vigencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Standing</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Appendix: every analysis flag and its decision</source>
            <translation>Anexo: cada alerta del análisis y su decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The latest analysis raised %1 flag(s). Each is listed with the auditor's decision: confirmed (as a finding where one was written), dismissed with the reason given, or still open. Workers are counted, not named.</source>
            <translation>El último análisis generó %1 alerta(s). Cada una figura con la decisión del auditor: confirmada (como hallazgo cuando se redactó uno), descartada con el motivo dado, o aún abierta. Los trabajadores se cuentan, no se nombran.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No.</source>
            <translation>N.º</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers</source>
            <translation>Trabajadores</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirmed as finding %1</source>
            <translation>Confirmada como hallazgo %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed (no reason given)</source>
            <translation>Descartada (sin motivo)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dismissed: %1</source>
            <translation>Descartada: %1</translation>
        </message>
        <message>
            <location line="+16" />
            <source>What the checks look for</source>
            <translation>Qué buscan las comprobaciones</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Appendix: evidence files and their SHA-256</source>
            <translation>Anexo: archivos de evidencia y su SHA-256</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each evidence file is kept in the signed audit package. Its SHA-256 below lets any reader check that the file they hold is the one the auditors recorded.</source>
            <translation>Cada archivo de evidencia se guarda en el paquete de auditoría firmado. Su SHA-256, abajo, permite a cualquier lector comprobar que el archivo que tiene es el que registraron los auditores.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No evidence files were recorded.</source>
            <translation>No se registró ningún archivo de evidencia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attached to</source>
            <translation>Adjunto a</translation>
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
            <translation>No se puede escribir el informe en %1</translation>
        </message>
        <message>
            <location line="-26" />
            <location line="+6" />
            <source>Confidential</source>
            <translation>Confidencial</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportCharts.cpp" line="-15" />
            <source>No data</source>
            <translation>Sin datos</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportDataLoader.cpp" line="+39" />
            <location filename="../../app/report/ReportReadiness.cpp" line="+56" />
            <location filename="../../app/report/ReportService.cpp" line="+21" />
            <source>No audit with uuid %1 in the store</source>
            <translation>No hay ninguna auditoría con uuid %1 en el almacén</translation>
        </message>
        <message>
            <location line="+317" />
            <source>Finding F-%1</source>
            <translation>Hallazgo F-%1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location filename="../../app/report/ReportStrings.cpp" line="-60" />
            <location line="+10" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Priority</source>
            <translation>Prioritaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Major</source>
            <translation>Mayor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minor</source>
            <translation>Menor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Info</source>
            <translation>Informativa</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lead auditor</source>
            <translation>Auditor líder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviewer</source>
            <translation>Entrevistador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trainee</source>
            <translation>En formación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Initial</source>
            <translation>Inicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Periodic</source>
            <translation>Periódica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>De seguimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special</source>
            <translation>Especial</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Brand</source>
            <translation>Marca</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier</source>
            <translation>Proveedor</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+37" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="-36" />
            <location line="+10" />
            <location line="+27" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Announced</source>
            <translation>Anunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>Semianunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>Sin previo aviso</translation>
        </message>
        <message>
            <location line="+9" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Worker</source>
            <translation>Trabajador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Management</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Individual</source>
            <translation>Individual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On site</source>
            <translation>En el sitio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Off site</source>
            <translation>Fuera del sitio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Worker register</source>
            <translation>Registro de personal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time records</source>
            <translation>Registros de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Payroll</source>
            <translation>Nómina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Production</source>
            <translation>Producción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gate log</source>
            <translation>Registro de portería</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance terminal log</source>
            <translation>Registro del terminal de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance punches (one row per punch)</source>
            <translation>Marcaciones de asistencia (una fila por marcación)</translation>
        </message>
    </context>
    <context>
        <name>ReportReadiness</name>
        <message>
            <location filename="../../app/report/ReportReadiness.cpp" line="+7" />
            <source>Checklist questions answered: %1 of %2 applicable</source>
            <translation>Preguntas respondidas: %1 de %2 aplicables</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Findings: %1 — corrective actions: %2</source>
            <translation>Hallazgos: %1 — acciones correctivas: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Interviews: %1 — evidence files: %2</source>
            <translation>Entrevistas: %1 — archivos de evidencia: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>unanswered questions: %1 — analysis flags not yet confirmed or dismissed: %2</source>
            <translation>preguntas sin responder: %1 — alertas del análisis sin confirmar ni descartar: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Before reporting:</source>
            <translation>Antes del informe:</translation>
        </message>
    </context>
    <context>
        <name>SampleRule</name>
        <message>
            <location filename="../../app/interviews/SampleRule.cpp" line="+42" />
            <source>Square root of the %1 workers on the register, rounded up, at least %2 and at most %3: interview %4 workers.</source>
            <translation>Raíz cuadrada de los %1 trabajadores del registro de personal, redondeada hacia arriba, con un mínimo de %2 y un máximo de %3: entrevistar a %4 trabajadores.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 individually and %2 in %3 group interviews of up to %4.</source>
            <translation>%1 individualmente y %2 en %3 entrevistas grupales de hasta %4.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Pay and hours are never discussed in group interviews.</source>
            <translation>En las entrevistas grupales nunca se habla de pago ni de horas.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All of them alone.</source>
            <translation>Todos individualmente.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Sample rule: minimum must be between 1 and 1000, not %1</source>
            <translation>Regla de muestreo: minimum debe estar entre 1 y 1000, no %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sample rule: cap must be between the minimum (%1) and 1000, not %2</source>
            <translation>Regla de muestreo: cap debe estar entre el mínimo (%1) y 1000, no %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sample rule: individual_share must be between 0 and 1, not %1</source>
            <translation>Regla de muestreo: individual_share debe estar entre 0 y 1, no %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sample rule: group_size must be between 2 and 10, not %1</source>
            <translation>Regla de muestreo: group_size debe estar entre 2 y 10, no %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sample rule: young_workers and recent_hires must be between 0 and 50</source>
            <translation>Regla de muestreo: young_workers y recent_hires deben estar entre 0 y 50</translation>
        </message>
    </context>
    <context>
        <name>Signing</name>
        <message>
            <location filename="../../app/signing/KeyStore.cpp" line="+33" />
            <source>A key needs the auditor's name.</source>
            <translation>Una clave necesita el nombre del auditor.</translation>
        </message>
        <message>
            <location line="+77" />
            <location line="+14" />
            <source>No auditor key %1 in this store.</source>
            <translation>No hay ninguna clave de auditor %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The stored key %1 is damaged.</source>
            <translation>La clave guardada %1 está dañada.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The stored public key %1 is damaged (not %2 bytes).</source>
            <translation>La clave pública guardada %1 está dañada (no tiene %2 bytes).</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+37" />
            <source>The signer's key %1 is not trusted by this store; give it with --pubkey or add it with fieldbook-cli trust.</source>
            <translation>Este almacén no confía en la clave del firmante %1; indíquela con --pubkey o añádala con fieldbook-cli trust.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>The store's key %1 is damaged.</source>
            <translation>La clave %1 del almacén está dañada.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>key %1 ("%2") was revoked on %3 and the signature carries no timestamp</source>
            <translation>la clave %1 («%2») se revocó el %3 y la firma no lleva marca de tiempo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>key %1 ("%2") was revoked on %3; this was signed on %4, after the revocation</source>
            <translation>la clave %1 («%2») se revocó el %3; esto se firmó el %4, después de la revocación</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No signing key %1 in this store.</source>
            <translation>No hay clave de firma %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>No trusted key %1 in this store.</source>
            <translation>No hay clave de confianza %1 en este almacén.</translation>
        </message>
        <message>
            <location filename="../../app/signing/Minisign.cpp" line="+87" />
            <source>not a minisign public key</source>
            <translation>no es una clave pública de minisign</translation>
        </message>
        <message>
            <location line="+20" />
            <source>not a minisign signature (expected four lines: comment, signature, trusted comment, global signature)</source>
            <translation>no es una firma de minisign (se esperaban cuatro líneas: comentario, firma, comentario de confianza, firma global)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the signature line is damaged</source>
            <translation>la línea de la firma está dañada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the trusted-comment signature is damaged</source>
            <translation>la firma del comentario de confianza está dañada</translation>
        </message>
        <message>
            <location line="+47" />
            <source>signed with key %1, not with the given key %2</source>
            <translation>firmado con la clave %1, no con la clave indicada %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key or the signature has the wrong length</source>
            <translation>la clave o la firma tiene una longitud incorrecta</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the file does not match its signature: it was changed after signing</source>
            <translation>el archivo no coincide con su firma: se modificó después de firmarlo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the trusted comment was changed after signing</source>
            <translation>el comentario de confianza se modificó después de firmar</translation>
        </message>
        <message>
            <location filename="../../app/signing/PassphraseBox.cpp" line="+40" />
            <source>The passphrase must have at least %1 characters.</source>
            <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not enough memory to protect the key with the passphrase.</source>
            <translation>No hay memoria suficiente para proteger la clave con la frase de contraseña.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wrong passphrase, or the protected key is damaged.</source>
            <translation>Frase de contraseña incorrecta, o la clave protegida está dañada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The protected key asks for key-derivation limits out of bounds (%1 passes, %2 bytes): the store is damaged or was tampered with.</source>
            <translation>La clave protegida pide límites de derivación fuera de rango (%1 pasadas, %2 bytes): el almacén está dañado o fue manipulado.</translation>
        </message>
        <message>
            <location filename="../../app/signing/SodiumDataProtector.cpp" line="+87" />
            <source>This store already has a personal-data key.</source>
            <translation>Este almacén ya tiene una clave de datos personales.</translation>
        </message>
        <message>
            <location line="+170" />
            <source>This store has no personal-data key yet.</source>
            <translation>Este almacén todavía no tiene clave de datos personales.</translation>
        </message>
        <message>
            <location filename="../../app/signing/EncryptionKeyStore.cpp" line="+33" />
            <source>An encryption key needs a name (for example "Head office").</source>
            <translation>Una clave de cifrado necesita un nombre (por ejemplo, «Oficina central»).</translation>
        </message>
        <message>
            <location line="+75" />
            <location line="+14" />
            <source>No encryption key %1 in this store.</source>
            <translation>No hay ninguna clave de cifrado %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The stored encryption key %1 is damaged.</source>
            <translation>La clave de cifrado guardada %1 está dañada.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The encryption key %1 is not trusted by this store: add head office's key with fieldbook-cli trust --encryption FILE.</source>
            <translation>Este almacén no confía en la clave de cifrado %1: añada la clave de la oficina central con fieldbook-cli trust --encryption FILE.</translation>
        </message>
        <message>
            <location filename="../../app/signing/PassphraseStrength.cpp" line="+31" />
            <source>Too short: at least %1 characters.</source>
            <translation>Demasiado corta: al menos %1 caracteres.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weak: use several words, or add digits and signs.</source>
            <translation>Débil: use varias palabras o añada dígitos y signos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fair: a few more words make it strong.</source>
            <translation>Aceptable: unas palabras más la harán fuerte.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <location filename="../../app/signing/SealedBox.cpp" line="+83" />
            <source>not a Fieldbook encryption public key (expected a comment line and a key line)</source>
            <translation>no es una clave pública de cifrado de Fieldbook (se esperaban una línea de comentario y una línea de clave)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key line is not valid base64</source>
            <translation>la línea de la clave no es base64 válido</translation>
        </message>
        <message>
            <location line="+4" />
            <source>this is a minisign signing key, not an encryption key: trust it as a signing key</source>
            <translation>es una clave de firma de minisign, no una clave de cifrado: confíe en ella como clave de firma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not a Fieldbook encryption public key</source>
            <translation>no es una clave pública de cifrado de Fieldbook</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the key id does not match the key: the file is damaged</source>
            <translation>el id de la clave no coincide con la clave: el archivo está dañado</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+49" />
            <location filename="../../database/AuditRepository.cpp" line="+234" />
            <source>No such audit.</source>
            <translation>No existe esa auditoría.</translation>
        </message>
        <message>
            <location filename="../../database/AuditRepository.cpp" line="-161" />
            <source>A facility needs a name.</source>
            <translation>Una instalación necesita un nombre.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Country must be a two-letter ISO code, not "%1".</source>
            <translation>El país debe ser un código ISO de dos letras, no «%1».</translation>
        </message>
        <message>
            <location line="+53" />
            <source>No such facility.</source>
            <translation>No existe esa instalación.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Choose at least one code to audit against.</source>
            <translation>Elija al menos un código con el que auditar.</translation>
        </message>
        <message>
            <location filename="../../database/FieldEditor.cpp" line="+114" />
            <source>No %1 with id %2</source>
            <translation>No hay ningún %1 con id %2</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../app/sync/SyncConflicts.cpp" line="+96" />
            <source>No sync conflict %1 in this store.</source>
            <translation>No hay ningún conflicto de sincronización %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Conflict %1 is resolved already (%2).</source>
            <translation>El conflicto %1 ya está resuelto (%2).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Conflict %1 names %2.%3, which this store does not have.</source>
            <translation>El conflicto %1 nombra %2.%3, que este almacén no tiene.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Conflict %1 belongs to no audit of this store: refused.</source>
            <translation>El conflicto %1 no pertenece a ninguna auditoría de este almacén: rechazado.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Conflict %1 names %2.%3, which a package may not change: refused.</source>
            <translation>El conflicto %1 nombra %2.%3, que un paquete no puede cambiar: rechazado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Conflict %1: the %2 row %3 is not a row of the conflict's audit %4: refused.</source>
            <translation>Conflicto %1: la fila %3 de %2 no es una fila de la auditoría %4 del conflicto: rechazado.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Conflict %1: the %2 row %3 is no longer in this store.</source>
            <translation>Conflicto %1: la fila %3 de %2 ya no está en este almacén.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(personal data, locked)</source>
            <translation>(dato personal, bloqueado)</translation>
        </message>
    </context>
    <context>
        <name>TextEncoding</name>
        <message>
            <location filename="../../app/records/TextEncoding.cpp" line="+250" />
            <source>%1: cannot convert from '%2': this system does not know that encoding</source>
            <translation>%1: no se puede convertir desde «%2»: este sistema no conoce esa codificación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1: the file is not valid %2 either; ask the factory for a UTF-8 export</source>
            <translation>%1: el archivo tampoco es %2 válido; pida a la fábrica una exportación en UTF-8</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not valid UTF-8 (byte 0x%1): the file looks like %2. Save it as "CSV UTF-8" in the spreadsheet, or choose its encoding to convert it; nothing was read from it</source>
            <translation>UTF-8 no válido (byte 0x%1): el archivo parece %2. Guárdelo como «CSV UTF-8» en la hoja de cálculo, o elija su codificación para convertirlo; no se leyó nada de él</translation>
        </message>
    </context>
    <context>
        <name>Thresholds</name>
        <message>
            <location filename="../../app/params/ThresholdLabels.cpp" line="+21" />
            <source>Minimum working age</source>
            <translation>Edad mínima para trabajar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker below age</source>
            <translation>Trabajador joven por debajo de la edad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a day</source>
            <translation>Horas ordinarias al día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a week</source>
            <translation>Horas ordinarias a la semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a day, at most</source>
            <translation>Horas extra al día, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a week, at most</source>
            <translation>Horas extra a la semana, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a month, at most</source>
            <translation>Horas extra al mes, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a year, at most</source>
            <translation>Horas extra al año, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total hours a day, at most</source>
            <translation>Horas totales al día, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total hours a week, at most</source>
            <translation>Horas totales a la semana, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime pay, times the regular rate</source>
            <translation>Pago de horas extra, veces la tarifa ordinaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Higher overtime rates</source>
            <translation>Tarifas de horas extra más altas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rest-day work, times the regular rate</source>
            <translation>Trabajo en día de descanso, veces la tarifa ordinaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public-holiday work, times the regular rate</source>
            <translation>Trabajo en día festivo, veces la tarifa ordinaria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work, extra share of the rate</source>
            <translation>Trabajo nocturno, parte adicional de la tarifa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working days in a row, at most</source>
            <translation>Días de trabajo seguidos, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage an hour</source>
            <translation>Salario mínimo por hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage changes in the period</source>
            <translation>Cambios del salario mínimo en el periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work starts</source>
            <translation>El trabajo nocturno empieza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work ends</source>
            <translation>El trabajo nocturno termina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: hours a day, at most</source>
            <translation>Trabajadores jóvenes: horas al día, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: hours a week, at most</source>
            <translation>Trabajadores jóvenes: horas a la semana, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: night starts</source>
            <translation>Trabajadores jóvenes: la noche empieza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young workers: night ends</source>
            <translation>Trabajadores jóvenes: la noche termina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public holidays in the period</source>
            <translation>Días festivos en el periodo</translation>
        </message>
        <message>
            <location line="+72" />
            <source>%1x after %2 h of overtime a week</source>
            <translation>%1× después de %2 h extra a la semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1x after %2 h of overtime a day</source>
            <translation>%1× después de %2 h extra al día</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 from %2</source>
            <translation>%1 desde el %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>as for adults</source>
            <translation>como para los adultos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>no limit</source>
            <translation>sin límite</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not set</source>
            <translation>sin fijar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>checked against the primary text</source>
            <translation>cotejado con el texto original</translation>
        </message>
        <message>
            <location line="+1" />
            <source>verify before use</source>
            <translation>verificar antes de usar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>code of conduct</source>
            <translation>código de conducta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>ILO reference</source>
            <translation>referencia de la OIT</translation>
        </message>
        <message>
            <location line="+2" />
            <source>your figure</source>
            <translation>su cifra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>derived</source>
            <translation>derivado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>in force %1 to %2</source>
            <translation>vigente del %1 al %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>in force from %1</source>
            <translation>vigente desde el %1</translation>
        </message>
    </context>
    <context>
        <name>ValueConventionScan</name>
        <message>
            <location filename="../../app/records/ValueConventionScan.cpp" line="+131" />
            <source>"%1" is month-first but line %2 (%3) has the day first ("%4"): one file cannot mix both; correct the file</source>
            <translation>«%1» tiene el mes primero pero la línea %2 (%3) tiene el día primero («%4»): un archivo no puede mezclar ambos; corrija el archivo</translation>
        </message>
        <message>
            <location line="+11" />
            <source>"%1": every date of the file could be day-first or month-first; say which (dmy or mdy: --date-order, or the date order in the import wizard)</source>
            <translation>«%1»: cada fecha del archivo podría tener el día o el mes primero; indique cuál (dmy o mdy: --date-order, o el orden de fechas en el asistente de importación)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>"%1" and "%2" on line %3 use different decimal marks; correct the file</source>
            <translation>«%1» y «%2» de la línea %3 usan separadores decimales distintos; corrija el archivo</translation>
        </message>
        <message>
            <location line="+30" />
            <source>"%1" could be a thousand or a decimal and no other value of the file says which; say which (--decimal-mark point or comma)</source>
            <translation>«%1» podría ser un millar o un decimal y ningún otro valor del archivo lo aclara; indique cuál (--decimal-mark point o comma)</translation>
        </message>
    </context>
    <context>
        <name>Workbook</name>
        <message>
            <location filename="../../app/records/RecordFileHead.cpp" line="+25" />
            <location filename="../../app/records/workbook/SheetRecordFile.cpp" line="+96" />
            <source>the workbook has no sheet named "%1"</source>
            <translation>el libro no tiene ninguna hoja llamada «%1»</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/SheetReader.cpp" line="+246" />
            <source>row number '%1' is not one a sheet can have</source>
            <translation>el número de fila '%1' no es uno que pueda tener una hoja</translation>
        </message>
        <message>
            <location line="+4" />
            <source>row %1 comes after row %2: the sheet is damaged</source>
            <translation>la fila %1 va después de la fila %2: la hoja está dañada</translation>
        </message>
        <message>
            <location line="+16" />
            <source>row %1: '%2' is not a cell reference a sheet can have</source>
            <translation>fila %1: '%2' no es una referencia de celda que pueda tener una hoja</translation>
        </message>
        <message>
            <location line="+30" />
            <source>cell %1%2 holds a value beyond column %3: a record file has at most %4 columns; delete what is out there or copy the records to a new sheet</source>
            <translation>la celda %1%2 tiene un valor más allá de la columna %3: un archivo de registros tiene como máximo %4 columnas; borre lo que hay ahí o copie los registros a una hoja nueva</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/SheetRecordFile.cpp" line="-9" />
            <source>a sheet can hold records of a CSV kind only, not '%1'</source>
            <translation>una hoja solo puede contener registros de un tipo CSV, no '%1'</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the workbook has %1 sheets: choose the one to read</source>
            <translation>el libro tiene %1 hojas: elija la que se va a leer</translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n formula(s) have no saved value: open the workbook in Excel or LibreOffice and save it again</source>
            <translation>
                <numerusform>%n fórmula no tiene valor guardado: abra el libro en Excel o LibreOffice y guárdelo de nuevo</numerusform>
                <numerusform>%n fórmulas no tienen valor guardado: abra el libro en Excel o LibreOffice y guárdelo de nuevo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/Workbook.cpp" line="+71" />
            <source>the workbook is protected by a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password), save and choose it again</source>
            <translation>el libro está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo ▸ Información ▸ Proteger libro ▸ Cifrar con contraseña), guárdelo y vuelva a elegirlo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>this is a legacy Excel 97-2003 workbook (.xls), which Fieldbook does not read: open it in Excel or LibreOffice, save it as .xlsx (File ▸ Save As ▸ Excel Workbook) and choose it again</source>
            <translation>es un libro antiguo de Excel 97-2003 (.xls), que Fieldbook no lee: ábralo en Excel o LibreOffice, guárdelo como .xlsx (Archivo ▸ Guardar como ▸ Libro de Excel) y vuelva a elegirlo</translation>
        </message>
        <message>
            <location line="+33" />
            <source>cannot open: %1</source>
            <translation>no se puede abrir: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>not an Excel workbook (.xlsx): the file is damaged or of another kind; open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx)</source>
            <translation>no es un libro de Excel (.xlsx): el archivo está dañado o es de otro tipo; ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>this is an OpenDocument spreadsheet (.ods): open it in LibreOffice, save it as an Excel Workbook (.xlsx) and choose it again</source>
            <translation>es una hoja de cálculo OpenDocument (.ods): ábrala en LibreOffice, guárdela como libro de Excel (.xlsx) y vuelva a elegirla</translation>
        </message>
        <message>
            <location line="+17" />
            <source>this is an Excel binary workbook (.xlsb): open it in Excel, save it as an Excel Workbook (.xlsx) and choose it again</source>
            <translation>es un libro binario de Excel (.xlsb): ábralo en Excel, guárdelo como libro de Excel (.xlsx) y vuelva a elegirlo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not an Excel workbook: the archive holds no workbook part</source>
            <translation>no es un libro de Excel: el archivo comprimido no contiene la parte del libro</translation>
        </message>
        <message>
            <location line="+16" />
            <source>this workbook is saved as Strict Open XML, which Fieldbook does not read: open it in Excel, save it as an Excel Workbook (.xlsx, not Strict) and choose it again</source>
            <translation>este libro está guardado como Strict Open XML, que Fieldbook no lee: ábralo en Excel, guárdelo como libro de Excel (.xlsx, no Strict) y vuelva a elegirlo</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the sheet "%1" points outside the workbook (%2): refused</source>
            <translation>la hoja «%1» apunta fuera del libro (%2): rechazado</translation>
        </message>
        <message>
            <location line="+20" />
            <source>no such sheet</source>
            <translation>no existe esa hoja</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/XmlPartReader.cpp" line="+48" />
            <source>the part %1 carries a document type declaration, which workbooks never do: refused</source>
            <translation>la parte %1 lleva una declaración de tipo de documento, algo que los libros nunca hacen: rechazado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the part %1 is not well-formed XML (line %2: %3)</source>
            <translation>la parte %1 no es XML bien formado (línea %2: %3)</translation>
        </message>
        <message>
            <location filename="../../app/records/workbook/ZipArchive.cpp" line="+13" />
            <source>the part %1 is larger than %2 MiB once unpacked: refused (a damaged file or a zip bomb)</source>
            <translation>la parte %1 ocupa más de %2 MiB una vez descomprimida: rechazado (un archivo dañado o una bomba zip)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the part %1 cannot be unpacked (%2): the workbook is damaged</source>
            <translation>la parte %1 no se puede descomprimir (%2): el libro está dañado</translation>
        </message>
        <message>
            <location line="+30" />
            <source>not a readable workbook: the zip archive is damaged or incomplete (%1)</source>
            <translation>no es un libro legible: el archivo zip está dañado o incompleto (%1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the archive holds %1 parts, more than the %2 a workbook may have</source>
            <translation>el archivo comprimido contiene %1 partes, más de las %2 que puede tener un libro</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the part %1 is missing</source>
            <translation>falta la parte %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the part %1 unpacks to over %2 times its packed size: refused as a zip bomb</source>
            <translation>la parte %1 se descomprime a más de %2 veces su tamaño comprimido: rechazado como bomba zip</translation>
        </message>
        <message>
            <location line="+56" />
            <source>the part %1 unpacks to more than its size allows (%2 MiB, or %3 times its packed size): refused (a damaged file or a zip bomb)</source>
            <translation>la parte %1 se descomprime a más de lo que su tamaño permite (%2 MiB, o %3 veces su tamaño comprimido): rechazado (un archivo dañado o una bomba zip)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::AuditListModel</name>
        <message>
            <location filename="../../ui/AuditListModel.cpp" line="+50" />
            <source>Planned</source>
            <translation>Planificada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submitted</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Archived</source>
            <translation>Archivada</translation>
        </message>
        <message>
            <location line="+47" />
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Facility</source>
            <translation>Instalación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Audit</source>
            <translation>Auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes</source>
            <translation>Códigos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Findings</source>
            <translation>Hallazgos</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::AuditWorkspace</name>
        <message>
            <location filename="../../ui/workspace/AuditWorkspace.cpp" line="+68" />
            <source>Phases of the audit</source>
            <translation>Fases de la auditoría</translation>
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
            <translation>No aplica</translation>
        </message>
        <message>
            <location line="-202" />
            <source>Document review</source>
            <translation>Revisión documental</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worker interviews</source>
            <translation>Entrevistas a trabajadores</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Management interview</source>
            <translation>Entrevista a la dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Site observation</source>
            <translation>Observación in situ</translation>
        </message>
        <message>
            <location line="+169" />
            <source>%1 of %2</source>
            <translation>%1 de %2</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ChecklistPhasePage</name>
        <message>
            <location filename="../../ui/pages/ChecklistPhasePage.cpp" line="+30" />
            <source>Walk the site and answer what you can see. Take photos as evidence.</source>
            <translation>Recorra las instalaciones y responda lo que pueda ver. Tome fotos como evidencia.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Read the documents and records each question names, and note what you found.</source>
            <translation>Lea los documentos y registros que indica cada pregunta y anote lo que encontró.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ChecklistWidget</name>
        <message>
            <location filename="../../ui/checklist/ChecklistWidget.cpp" line="+44" />
            <source>Search questions</source>
            <translation>Buscar preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search (Ctrl+F)</source>
            <translation>Buscar (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search questions, clauses, guidance and notes</source>
            <translation>Buscar en preguntas, cláusulas, orientaciones y notas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Answer filter</source>
            <translation>Filtro por respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All questions</source>
            <translation>Todas las preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unanswered</source>
            <translation>Sin responder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Non-compliant</source>
            <translation>No conformes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Method filter</source>
            <translation>Filtro por método</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All methods</source>
            <translation>Todos los métodos</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Every question shown is answered.</source>
            <translation>Todas las preguntas mostradas están respondidas.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The checklist could not be read: %1</source>
            <translation>No se pudo leer la lista de verificación: %1</translation>
        </message>
        <message>
            <location line="+38" />
            <source>This audit has no checklist yet: it is derived from the codes chosen in the plan.</source>
            <translation>Esta auditoría aún no tiene lista de verificación: se deriva de los códigos elegidos en el plan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 of %2 questions shown are answered.</source>
            <translation>%1 de %2 preguntas mostradas están respondidas.</translation>
        </message>
        <message>
            <location line="+99" />
            <source>The finding could not be created: %1</source>
            <translation>No se pudo crear el hallazgo: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Finding raised: %1 — complete it under Findings (Ctrl+8).</source>
            <translation>Hallazgo levantado: %1 — complételo en Hallazgos (Ctrl+8).</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ColumnMappingModel</name>
        <message>
            <location filename="../../ui/records/ColumnMappingModel.cpp" line="+67" />
            <source>Required: the file cannot be imported without it.</source>
            <translation>Obligatoria: el archivo no se puede importar sin ella.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Optional: leave it out if the file does not have it.</source>
            <translation>Opcional: omítala si el archivo no la tiene.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+6" />
            <source>(not in this file)</source>
            <translation>(no está en este archivo)</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Fieldbook needs</source>
            <translation>Fieldbook necesita</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Found by</source>
            <translation>Hallada por</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First row</source>
            <translation>Primera fila</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ComplianceDashboard</name>
        <message>
            <location filename="../../ui/findings/ComplianceDashboard.cpp" line="+41" />
            <source>Corrective actions of the previous audit</source>
            <translation>Acciones correctivas de la auditoría anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Compliance per section</source>
            <translation>Conformidad por sección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Compliance per code</source>
            <translation>Conformidad por código</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Findings</source>
            <translation>Hallazgos</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Findings by severity</source>
            <translation>Hallazgos por gravedad</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::CreateKeyDialog</name>
        <message>
            <location filename="../../ui/signing/CreateKeyDialog.cpp" line="+22" />
            <source>New signing key</source>
            <translation>Nueva clave de firma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New encryption key</source>
            <translation>Nueva clave de cifrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your signing key proves that reports and packages come from you. Its name appears on every report you sign.</source>
            <translation>Su clave de firma demuestra que los informes y paquetes proceden de usted. Su nombre aparece en cada informe que firme.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An encryption key lets auditors send this store personal data in their packages. Give its public key file to the auditors.</source>
            <translation>Una clave de cifrado permite a los auditores enviar datos personales a este almacén en sus paquetes. Entregue su archivo de clave pública a los auditores.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your name, e.g. Ana Lee</source>
            <translation>Su nombre, p. ej. Ana Lee</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. Head office Geneva</source>
            <translation>p. ej. Oficina central Ginebra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Give the key a name.</source>
            <translation>Dé un nombre a la clave.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::EvidenceStrip</name>
        <message>
            <location filename="../../ui/checklist/EvidenceStrip.cpp" line="+32" />
            <source>Photos and documents for this question. Drag files here or use Add.</source>
            <translation>Fotos y documentos de esta pregunta. Arrastre archivos aquí o use Añadir.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence</source>
            <translation>Evidencia</translation>
        </message>
        <message>
            <location line="+38" />
            <source>%1
%2, %3
SHA-256 %4</source>
            <translation>%1
%2, %3
SHA-256 %4</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Add evidence</source>
            <translation>Añadir evidencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt);;All files (*)</source>
            <translation>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.csv *.txt);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ExportPackageDialog</name>
        <message>
            <location filename="../../ui/signing/ExportPackageDialog.cpp" line="+32" />
            <location line="+77" />
            <source>Export signed package</source>
            <translation>Exportar paquete firmado</translation>
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
            <translation>Firmar con:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Include the PDF &amp;report</source>
            <translation>Incluir el &amp;informe PDF</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Personal data (worker names, ID numbers, interview notes)</source>
            <translation>Datos personales (nombres de trabajadores, números de identidad, notas de entrevistas)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Leave it out</source>
            <translation>&amp;No incluirlos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Seal it for:</source>
            <translation>&amp;Sellarlos para:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>audit.fieldbook</source>
            <translation>auditoria.fieldbook</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Write to:</source>
            <translation>&amp;Guardar en:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Fieldbook packages (*.fieldbook)</source>
            <translation>Paquetes de Fieldbook (*.fieldbook)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Create a signing key first: Tools &gt; Keys.</source>
            <translation>Cree primero una clave de firma: Herramientas &gt; Claves.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To seal personal data, trust head office's encryption key first (Tools &gt; Keys).</source>
            <translation>Para sellar datos personales, confíe primero en la clave de cifrado de la oficina central (Herramientas &gt; Claves).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Personal data is locked: Export asks for the store's passphrase first.</source>
            <translation>Los datos personales están bloqueados: Exportar pedirá primero la frase de contraseña del almacén.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Only the holder of that key can open the sealed values; the package shows nothing in clear.</source>
            <translation>Solo el titular de esa clave puede abrir los valores sellados; el paquete no muestra nada en claro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The package carries no personal data.</source>
            <translation>El paquete no lleva datos personales.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Personal data is still locked: nothing was written. Leave it out, or unlock it.</source>
            <translation>Los datos personales siguen bloqueados: no se escribió nada. No los incluya o desbloquéelos.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Nothing was written: %1</source>
            <translation>No se escribió nada: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Written: %1 and %2
Signed by %3, key fingerprint %4.</source>
            <translation>Escrito: %1 y %2
Firmado por %3, huella de la clave %4.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Personal data sealed for %1.</source>
            <translation>Datos personales sellados para %1.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Personal data left out.</source>
            <translation>Datos personales no incluidos.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingEditor</name>
        <message>
            <location filename="../../ui/findings/FindingEditor.cpp" line="+40" />
            <source>Edit finding title</source>
            <translation>Editar el título del hallazgo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change severity</source>
            <translation>Cambiar la gravedad</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change finding status</source>
            <translation>Cambiar el estado del hallazgo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>code:clause, separated by commas — e.g. sa8000:7.1, wrap:6</source>
            <translation>código:cláusula, separados por comas — p. ej. sa8000:7.1, wrap:6</translation>
        </message>
        <message>
            <location line="+10" />
            <source>What was found, in plain words.</source>
            <translation>Lo que se encontró, en palabras sencillas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit description</source>
            <translation>Editar la descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents, records, interviews and observations that show it.</source>
            <translation>Documentos, registros, entrevistas y observaciones que lo demuestran.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit evidence</source>
            <translation>Editar la evidencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why it happened (policy, system, training, pressure...).</source>
            <translation>Por qué ocurrió (política, sistema, formación, presión...).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit root cause</source>
            <translation>Editar la causa raíz</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity, status:</source>
            <translation>Gravedad, estado:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clauses:</source>
            <translation>Cláusulas:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description:</source>
            <translation>Descripción:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evidence:</source>
            <translation>Evidencia:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Root cause:</source>
            <translation>Causa raíz:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add…</source>
            <translation>Añadir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attach a photo or document to this finding (or drag files onto the strip)</source>
            <translation>Adjuntar una foto o un documento a este hallazgo (o arrastrar archivos a la tira)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Files:</source>
            <translation>Archivos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Corrective actions</source>
            <translation>Acciones correctivas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Action</source>
            <translation>Acción</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Responsible</source>
            <translation>Responsable</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Due</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+51" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Add corrective action</source>
            <translation>Añadir acción correctiva</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+95" />
            <source>What the factory will do</source>
            <translation>Lo que hará la fábrica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+4" />
            <source>not set</source>
            <translation>sin fijar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Edit corrective action</source>
            <translation>Editar la acción correctiva</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingListModel</name>
        <message>
            <location filename="../../ui/findings/FindingListModel.cpp" line="+37" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Minor</source>
            <translation>Menor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Major</source>
            <translation>Mayor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Priority</source>
            <translation>Prioritaria</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <translation>Abierto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Withdrawn</source>
            <translation>Retirado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Open</source>
            <comment>corrective action status</comment>
            <translation>Abierta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In progress</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Completed</source>
            <translation>Completada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verified</source>
            <translation>Verificada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No action</source>
            <translation>Sin acción</translation>
        </message>
        <message>
            <location line="+51" />
            <source>Finding</source>
            <translation>Hallazgo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Clauses</source>
            <translation>Cláusulas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Actions</source>
            <translation>Acciones</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FindingsPage</name>
        <message>
            <location filename="../../ui/pages/FindingsPage.cpp" line="+52" />
            <source>&amp;New finding</source>
            <translation>&amp;Nuevo hallazgo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="-15" />
            <location line="+26" />
            <source>&amp;Findings</source>
            <translation>&amp;Hallazgos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Delete finding</source>
            <translation>Eliminar hallazgo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete the finding "%1" and its corrective actions?</source>
            <translation>¿Eliminar el hallazgo «%1» y sus acciones correctivas?</translation>
        </message>
        <message>
            <location line="+46" />
            <source>The findings could not be read: %1</source>
            <translation>No se pudieron leer los hallazgos: %1</translation>
        </message>
        <message>
            <location line="+57" />
            <source>New finding</source>
            <translation>Nuevo hallazgo</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagDetailPanel</name>
        <message>
            <location filename="../../ui/records/FlagDetailPanel.cpp" line="-116" />
            <location line="+1" />
            <source>E&amp;xplanation</source>
            <translation>E&amp;xplicación</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Enter or double-click opens the record with its file and line.</source>
            <translation>Intro o doble clic abre el registro con su archivo y su línea.</translation>
        </message>
        <message>
            <location line="-13" />
            <location line="+15" />
            <location line="+123" />
            <source>Rec&amp;ords</source>
            <translation>&amp;Registros</translation>
        </message>
        <message>
            <location line="-111" />
            <source>Char&amp;t</source>
            <translation>&amp;Gráfico</translation>
        </message>
        <message>
            <location line="+109" />
            <location line="+115" />
            <source>Loading the records…</source>
            <translation>Cargando los registros…</translation>
        </message>
        <message>
            <location line="-72" />
            <source>The records could not be read: %1</source>
            <translation>No se pudieron leer los registros: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>No records found for this flag.</source>
            <translation>No se encontraron registros para esta alerta.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first %1 of %2 records are shown; %3 more are not.</source>
            <translation>Se muestran los primeros %1 de %2 registros; otros %3 no.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s).</source>
            <translation>
                <numerusform>%n registro.</numerusform>
                <numerusform>%n registros.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show all %1</source>
            <translation>Mostrar los %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show %1</source>
            <translation>Mostrar %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rec&amp;ords (%1)</source>
            <translation>&amp;Registros (%1)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagListModel</name>
        <message>
            <location filename="../../ui/records/FlagListModel.cpp" line="+37" />
            <source>Critical</source>
            <translation>Crítica</translation>
        </message>
        <message>
            <location line="+3" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Info</source>
            <translation>Informativa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dismissed</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <location line="+4" />
            <source>To review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>%1 (not raised by the last run)</source>
            <translation>%1 (no la levantó el último análisis)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Check name: %1</source>
            <translation>Nombre de la comprobación: %1</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What was found</source>
            <translation>Lo que se encontró</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your decision</source>
            <translation>Su decisión</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagRecordDialog</name>
        <message>
            <location filename="../../ui/records/FlagRecordDialog.cpp" line="+13" />
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1, line %2</source>
            <translation>%1, línea %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Find it under this line in the factory's file.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Búsquelo en esta línea del archivo de la fábrica.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>(not recorded)</source>
            <translation>(no registrado)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::FlagRecordModel</name>
        <message>
            <location filename="../../ui/records/FlagRecordModel.cpp" line="+66" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportCheckPage</name>
        <message>
            <location filename="../../ui/records/ImportCheckPage.cpp" line="+47" />
            <source>Preview and check</source>
            <translation>Vista previa y comprobación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The first rows as they will be imported, and every problem in the files. Nothing is written until you choose Import.</source>
            <translation>Las primeras filas tal como se importarán y todos los problemas de los archivos. No se escribe nada hasta que elija Importar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>First rows of:</source>
            <translation>Primeras filas de:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>First rows</source>
            <translation>Primeras filas</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Copy issues</source>
            <translation>&amp;Copiar problemas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies the selected issues (or all of them) as "file:line: column: reason" lines, to paste into a note or an e-mail to the factory (Ctrl+C).</source>
            <translation>Copia los problemas seleccionados (o todos) como líneas «archivo:línea: columna: motivo», para pegarlos en una nota o en un correo a la fábrica (Ctrl+C).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Issues</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location line="+14" />
            <source>If a row is bad</source>
            <translation>Si una fila es errónea</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import &amp;nothing: the files must be corrected first (recommended, records stay complete)</source>
            <translation>No importar &amp;nada: primero hay que corregir los archivos (recomendado, los registros quedan completos)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import the good rows and keep the bad ones in a &amp;quarantine list that the report shows</source>
            <translation>Importar las filas correctas y dejar las erróneas en una lista de c&amp;uarentena que muestra el informe</translation>
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
                <numerusform>%n de estas filas se rechazaría (celdas coloreadas; señale una para ver el motivo).</numerusform>
                <numerusform>%n de estas filas se rechazarían (celdas coloreadas; señale una para ver el motivo).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file goes on after these rows; the check below reads all of it.</source>
            <translation>El archivo continúa después de estas filas; la comprobación de abajo lo lee entero.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>&amp;Stop the check</source>
            <translation>&amp;Detener la comprobación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check &amp;again</source>
            <translation>&amp;Volver a comprobar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Reading every file…</source>
            <translation>Leyendo todos los archivos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not checked yet.</source>
            <translation>Aún no se ha comprobado.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Check the files before importing them.</source>
            <translation>Compruebe los archivos antes de importarlos.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>The check was stopped.</source>
            <translation>La comprobación se detuvo.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n file(s) read: %1 records ready.</source>
            <translation>
                <numerusform>%n archivo leído: %1 registros listos.</numerusform>
                <numerusform>%n archivos leídos: %1 registros listos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s).</source>
            <translation>
                <numerusform>%n fila errónea.</numerusform>
                <numerusform>%n filas erróneas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n notice(s) (reported, not blocking).</source>
            <translation>
                <numerusform>%n aviso (se informa, no bloquea).</numerusform>
                <numerusform>%n avisos (se informan, no bloquean).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n file(s) cannot be read.</source>
            <translation>
                <numerusform>%n archivo no se puede leer.</numerusform>
                <numerusform>%n archivos no se pueden leer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No problems found.</source>
            <translation>No se encontraron problemas.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportColumnsPage</name>
        <message>
            <location filename="../../ui/records/ImportColumnsPage.cpp" line="+21" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which column of each file holds what Fieldbook needs? Required columns are marked *. Check the guesses in blue.</source>
            <translation>¿Qué columna de cada archivo contiene lo que Fieldbook necesita? Las columnas obligatorias llevan *. Revise las suposiciones en azul.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;File:</source>
            <translation>A&amp;rchivo:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A time clock log has a fixed layout (PIN, time, state): there is nothing to map.</source>
            <translation>Un registro de reloj de marcaje tiene un formato fijo (PIN, hora, estado): no hay nada que asignar.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>&amp;Remember these columns for this facility (the next audit maps them by itself)</source>
            <translation>Rec&amp;ordar estas columnas para esta instalación (la próxima auditoría las asignará sola)</translation>
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
                <numerusform> — falta asignar %n columna obligatoria</numerusform>
                <numerusform> — falta asignar %n columnas obligatorias</numerusform>
            </translation>
        </message>
        <message>
            <location line="+57" />
            <source>Before going on: %1</source>
            <translation>Antes de continuar: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportFileListModel</name>
        <message>
            <location filename="../../ui/records/ImportFileListModel.cpp" line="+95" />
            <source>line %1: "%2" (%3) and every other date could be day first or month first: choose in Dates.</source>
            <translation>línea %1: «%2» (%3) y todas las demás fechas podrían tener el día o el mes primero: elija en Fechas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>line %1: in "%2" (%3) the mark could be a decimal mark or a thousands separator, and no other value says which: choose in Decimals.</source>
            <translation>línea %1: en «%2» (%3) el signo podría ser un separador decimal o de miles, y ningún otro valor lo aclara: elija en Decimales.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>line %1: %2</source>
            <translation>línea %1: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose what it holds.</source>
            <translation>Elija qué contiene.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Kind found %1</source>
            <translation>Cómo se identificó el tipo: %1</translation>
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
            <translation>convertir desde %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+14" />
            <source>From the file</source>
            <translation>Según el archivo</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Day first (31/12/2026)</source>
            <translation>Día primero (31/12/2026)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Month first (12/31/2026)</source>
            <translation>Mes primero (12/31/2026)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year first (2026/12/31)</source>
            <translation>Año primero (2026/12/31)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>How the file's dates are ordered. Fieldbook decides it from the whole file and asks only when every date could be either</source>
            <translation>Cómo están ordenadas las fechas del archivo. Fieldbook lo decide a partir de todo el archivo y solo pregunta cuando cada fecha podría ser de ambas formas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Point (1,234.56)</source>
            <translation>Punto (1,234.56)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comma (1.234,56)</source>
            <translation>Coma (1.234,56)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The decimal mark of the file's hours and amounts. Fieldbook decides it from the whole file and asks only when no value says which</source>
            <translation>El separador decimal de las horas e importes del archivo. Fieldbook lo decide a partir de todo el archivo y solo pregunta cuando ningún valor lo aclara</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Ready</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location line="+22" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Holds</source>
            <translation>Contiene</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Encoding</source>
            <translation>Codificación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Decimals</source>
            <translation>Decimales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportFilesPage</name>
        <message>
            <location filename="../../ui/records/ImportFilesPage.cpp" line="+25" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The factory's record files: personnel register, time cards, payroll, production, gate log, or a time clock's log. Any file name will do; drop files or a folder on the list.</source>
            <translation>Los archivos de registros de la fábrica: registro de personal, tarjetas de marcaje, nómina, producción, registro de portería o el registro de un reloj de marcaje. Sirve cualquier nombre de archivo; arrastre archivos o una carpeta a la lista.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Add &amp;files…</source>
            <translation>Añadir a&amp;rchivos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add a f&amp;older…</source>
            <translation>Añadir una &amp;carpeta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaves the selected files out of this import (Delete).</source>
            <translation>Deja los archivos seleccionados fuera de esta importación (Supr).</translation>
        </message>
        <message>
            <location line="+67" />
            <source>Before going on: %1</source>
            <translation>Antes de continuar: %1</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Record files</source>
            <translation>Archivos de registros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record files (*.csv *.dat *.txt *.xlsx *.xlsm *.xls);;CSV files (*.csv);;Excel workbooks (*.xlsx *.xlsm *.xls);;Time clock logs (*.dat *.txt);;All files (*)</source>
            <translation>Archivos de registros (*.csv *.dat *.txt *.xlsx *.xlsm *.xls);;Archivos CSV (*.csv);;Libros de Excel (*.xlsx *.xlsm *.xls);;Registros de reloj (*.dat *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Folder with the factory's record files</source>
            <translation>Carpeta con los archivos de registros de la fábrica</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportPackageDialog</name>
        <message>
            <location filename="../../ui/sync/ImportPackageDialog.cpp" line="+31" />
            <location line="+3" />
            <source>Import package</source>
            <translation>Importar paquete</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Package:</source>
            <translation>&amp;Paquete:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>optional: the signer's .pub file (else a key this store trusts)</source>
            <translation>opcional: el archivo .pub del firmante (si no, una clave de confianza de este almacén)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signer's &amp;key:</source>
            <translation>&amp;Clave del firmante:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Personal data in the package</source>
            <translation>Datos personales del paquete</translation>
        </message>
        <message>
            <location line="+9" />
            <source>leave empty to import with personal data locked</source>
            <translation>déjela vacía para importar con los datos personales bloqueados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encryption key &amp;passphrase:</source>
            <translation>&amp;Frase de contraseña de la clave de cifrado:</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <location line="-47" />
            <source>Fieldbook packages (*.fieldbook)</source>
            <translation>Paquetes de Fieldbook (*.fieldbook)</translation>
        </message>
        <message>
            <location line="+92" />
            <source>Sealed for %1 (%2), a key this store does not have: the package imports without its personal data.</source>
            <translation>Sellados para %1 (%2), una clave que este almacén no tiene: el paquete se importa sin sus datos personales.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sealed for this store's key "%1". Personal data of this store is locked: Import asks for the store's passphrase before opening them.</source>
            <translation>Sellados para la clave «%1» de este almacén. Los datos personales de este almacén están bloqueados: Importar pedirá la frase de contraseña del almacén antes de abrirlos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Sealed for this store's key "%1". Give its passphrase to open them now.</source>
            <translation>Sellados para la clave «%1» de este almacén. Indique su frase de contraseña para abrirlos ahora.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Refused: nothing was imported.</source>
            <translation>Rechazado: no se importó nada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This store's personal data is locked: import again after unlocking it, or leave the passphrase empty to import with personal data locked.</source>
            <translation>Los datos personales de este almacén están bloqueados: vuelva a importar tras desbloquearlos, o deje vacía la frase de contraseña para importar con los datos personales bloqueados.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>%1 Nothing was imported; try again.</source>
            <translation>%1 No se importó nada; inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Nothing was imported: %1</source>
            <translation>No se importó nada: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing new: this package was imported before.</source>
            <translation>Nada nuevo: este paquete ya se importó antes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Personal values opened now: %1.</source>
            <translation>Valores personales abiertos ahora: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merged — rows added: %1, unchanged: %2, conflicting edits to resolve: %3.</source>
            <translation>Fusionado — filas añadidas: %1, sin cambios: %2, cambios en conflicto por resolver: %3.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Renumbered: %1.</source>
            <translation>Renumerado: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal values opened: %1.</source>
            <translation>Valores personales abiertos: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal values kept locked: %1 (import again with the passphrase to open them).</source>
            <translation>Valores personales que siguen bloqueados: %1 (vuelva a importar con la frase de contraseña para abrirlos).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Personal data was sealed for another key and left out.</source>
            <translation>Los datos personales estaban sellados para otra clave y no se incluyeron.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Signed with: %1 (key %2).</source>
            <translation>Firmado con: %1 (clave %2).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: the key was given for this import only and is not in this store's trust list; compare its fingerprint with the signer.</source>
            <translation>Aviso: la clave se dio solo para esta importación y no está en la lista de confianza de este almacén; compare su huella con el firmante.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rows deleted here since, not brought back: %1.</source>
            <translation>Filas eliminadas aquí desde entonces, no recuperadas: %1.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ImportRunPage</name>
        <message>
            <location filename="../../ui/records/ImportRunPage.cpp" line="+19" />
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The records are written in one step: if it is cancelled or fails, the audit keeps exactly what it had before.</source>
            <translation>Los registros se escriben en un solo paso: si se cancela o falla, la auditoría conserva exactamente lo que tenía antes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Cancel import</source>
            <translation>&amp;Cancelar importación</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Cancelling: undoing what was written…</source>
            <translation>Cancelando: deshaciendo lo escrito…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Starting…</source>
            <translation>Iniciando…</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reading the files…</source>
            <translation>Leyendo los archivos…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Writing the records: %1 of %2…</source>
            <translation>Escribiendo los registros: %1 de %2…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Cancelled: nothing was imported; the audit's records are as they were.</source>
            <translation>Cancelado: no se importó nada; los registros de la auditoría siguen como estaban.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing was imported.</source>
            <translation>No se importó nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Imported.</source>
            <translation>Importado.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>They replace the audit's earlier records: %1.</source>
            <translation>Sustituyen a los registros anteriores de la auditoría: %1.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n bad row(s) or unpaired punch(es) kept in the quarantine list; the report shows them.</source>
            <translation>
                <numerusform>%n fila errónea o marcaje sin pareja queda en la lista de cuarentena; el informe lo muestra.</numerusform>
                <numerusform>%n filas erróneas o marcajes sin pareja quedan en la lista de cuarentena; el informe los muestra.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n name(s) and ID number(s) were not stored, because personal data is locked. Unlock it and import again to keep them, sealed.</source>
            <translation>
                <numerusform>%n nombre o número de identidad no se guardó porque los datos personales están bloqueados. Desbloquéelos e importe de nuevo para conservarlo, sellado.</numerusform>
                <numerusform>%n nombres y números de identidad no se guardaron porque los datos personales están bloqueados. Desbloquéelos e importe de nuevo para conservarlos, sellados.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Column choices remembered for this facility: %1.</source>
            <translation>Columnas recordadas para esta instalación: %1.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Next: run the analysis on the Record analysis page.</source>
            <translation>Siguiente paso: ejecute el análisis en la página Análisis de registros.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewForm</name>
        <message>
            <location filename="../../ui/interviews/InterviewForm.cpp" line="+18" />
            <source>No interview selected.
Ctrl+Shift+N starts a new one.</source>
            <translation>No hay ninguna entrevista seleccionada.
Ctrl+Shift+N inicia una nueva.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No interview selected.
Ctrl+Shift+N starts an individual interview, Ctrl+Shift+G a group interview.</source>
            <translation>No hay ninguna entrevista seleccionada.
Ctrl+Shift+N inicia una entrevista individual; Ctrl+Shift+G, una grupal.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Delete interview…</source>
            <translation>Eliminar entrevista…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Deletes this interview and its answers (cannot be undone)</source>
            <translation>Elimina esta entrevista y sus respuestas (no se puede deshacer)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Details</source>
            <translation>&amp;Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Questions</source>
            <translation>&amp;Preguntas</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+11" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <location line="+41" />
            <source>The interview</source>
            <translation>La entrevista</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Individual (one person)</source>
            <translation>Individual (una persona)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Group</source>
            <translation>Grupal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Format:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;People:</source>
            <translation>Pe&amp;rsonas:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change number of people</source>
            <translation>Cambiar el número de personas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Where:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change where the interview was held</source>
            <translation>Cambiar el lugar de la entrevista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>YYYY-MM-DD HH:MM</source>
            <translation>AAAA-MM-DD HH:MM</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When:</source>
            <translation>&amp;Cuándo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change when the interview was held</source>
            <translation>Cambiar cuándo fue la entrevista</translation>
        </message>
        <message>
            <location line="+3" />
            <source>who asked the questions</source>
            <translation>quién hizo las preguntas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Inter&amp;viewer:</source>
            <translation>Entre&amp;vistador:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change interviewer</source>
            <translation>Cambiar el entrevistador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I think the answers were &amp;coached</source>
            <translation>Sospec&amp;ho aleccionamiento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick when answers sounded learnt by heart, the same words as others, or when the worker said they were told what to say.</source>
            <translation>Márquelo si las respuestas sonaban aprendidas de memoria, con las mismas palabras que otros, o si el trabajador dijo que le indicaron qué decir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change coaching suspected</source>
            <translation>Cambiar la sospecha de aleccionamiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Who was interviewed (no names)</source>
            <translation>A quién se entrevistó (sin nombres)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who was interviewed</source>
            <translation>A quién se entrevistó</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Role:</source>
            <translation>F&amp;unción:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change role</source>
            <translation>Cambiar la función</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Sewing</source>
            <translation>p. ej. Costura</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De&amp;partment:</source>
            <translation>Depar&amp;tamento:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change department</source>
            <translation>Cambiar el departamento</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Gender:</source>
            <translation>&amp;Género:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change gender</source>
            <translation>Cambiar el género</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Age:</source>
            <translation>&amp;Edad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change age</source>
            <translation>Cambiar la edad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Wor&amp;ked here:</source>
            <translation>&amp;Antigüedad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change time worked here</source>
            <translation>Cambiar la antigüedad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Shift:</source>
            <translation>T&amp;urno:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change shift</source>
            <translation>Cambiar el turno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Migrant worker:</source>
            <translation>&amp;Migrante:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change migrant worker</source>
            <translation>Cambiar trabajador migrante</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Agenc&amp;y worker:</source>
            <translation>De agenc&amp;ia:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change agency worker</source>
            <translation>Cambiar trabajador de agencia</translation>
        </message>
        <message>
            <location line="+3" />
            <source>employee number, stored encrypted</source>
            <translation>número de empleado, se guarda cifrado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only used to compare what the worker said with their own records. Stored encrypted; never shown in reports.</source>
            <translation>Solo se usa para comparar lo que dijo el trabajador con sus propios registros. Se guarda cifrado; nunca aparece en los informes.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;gister no.:</source>
            <translation>Nº de emplead&amp;o:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change link to the register</source>
            <translation>Cambiar el vínculo con el registro de personal</translation>
        </message>
        <message>
            <location line="+8" />
            <source>What the worker said about hours and pay</source>
            <translation>Lo que dijo el trabajador sobre horas y pago</translation>
        </message>
        <message>
            <location line="+21" />
            <source>&amp;Hours a week:</source>
            <translation>&amp;Horas semanales:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 60 (empty: not asked)</source>
            <translation>p. ej. 60 (vacío: no se preguntó)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated weekly hours</source>
            <translation>Cambiar las horas semanales declaradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Days off a week:</source>
            <translation>Días de de&amp;scanso semanales:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 1</source>
            <translation>p. ej. 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated days off</source>
            <translation>Cambiar los días de descanso declarados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pa&amp;y a month (net):</source>
            <translation>&amp;Pago mensual (neto):</translation>
        </message>
        <message>
            <location line="+0" />
            <source>in the audit's currency</source>
            <translation>en la moneda de la auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated monthly pay</source>
            <translation>Cambiar el pago mensual declarado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>D&amp;eductions a month:</source>
            <translation>&amp;Deducciones al mes:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>e.g. 150</source>
            <translation>p. ej. 150</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change stated deductions</source>
            <translation>Cambiar las deducciones declaradas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>not asked</source>
            <translation>no se preguntó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Overtime is voluntary:</source>
            <translation>Horas e&amp;xtra voluntarias:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change overtime voluntary</source>
            <translation>Cambiar horas extra voluntarias</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Group interview: pay and hours are never discussed in group interviews. Ask about them in individual interviews.</source>
            <translation>Entrevista grupal: en las entrevistas grupales nunca se habla de pago ni de horas. Pregunte por ello en entrevistas individuales.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Notes (what was said, in the interviewee's words; stored encrypted):</source>
            <translation>&amp;Notas (lo que se dijo, con las palabras del entrevistado; se guardan cifradas):</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No names. Write what you heard and how it compares with the records.</source>
            <translation>Sin nombres. Escriba lo que oyó y cómo se compara con los registros.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Edit interview notes</source>
            <translation>Editar las notas de la entrevista</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Group interview: the questions about pay and hours are left out.</source>
            <translation>Entrevista grupal: se omiten las preguntas sobre pago y horas.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interview questions</source>
            <translation>Preguntas de la entrevista</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Answer:</source>
            <translation>Respuesta:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(keys 1, 2, 3; 0 clears; F8 next unanswered)</source>
            <translation>(teclas 1, 2, 3; 0 borra; F8 siguiente sin responder)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>N&amp;ote on this answer (stored encrypted):</source>
            <translation>N&amp;ota sobre esta respuesta (se guarda cifrada):</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Edit note on an answer</source>
            <translation>Editar la nota de una respuesta</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Every question of this interview is answered.</source>
            <translation>Todas las preguntas de esta entrevista están respondidas.</translation>
        </message>
        <message>
            <location line="+82" />
            <source>group of %1</source>
            <translation>grupo de %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 of %2 questions answered</source>
            <translation>%1 de %2 preguntas respondidas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Questions (%1/%2)</source>
            <translation>&amp;Preguntas (%1/%2)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>The checklist of this audit has no question for this kind of interview.</source>
            <translation>La lista de verificación de esta auditoría no tiene preguntas para este tipo de entrevista.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Select a question.</source>
            <translation>Seleccione una pregunta.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Clear answer</source>
            <translation>Borrar la respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answer %1: %2</source>
            <translation>Respuesta %1: %2</translation>
        </message>
        <message>
            <location line="+61" />
            <source>Make it a group interview</source>
            <translation>Convertir en entrevista grupal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Make it an individual interview</source>
            <translation>Convertir en entrevista individual</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewListModel</name>
        <message>
            <location filename="../../ui/interviews/InterviewListModel.cpp" line="+56" />
            <source>Not held yet</source>
            <translation>Aún no realizada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Held %1</source>
            <translation>Realizada: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group interview: pay and hours are not discussed</source>
            <translation>Entrevista grupal: no se habla de pago ni de horas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>group of %1</source>
            <translation>grupo de %1</translation>
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
            <translation>Código</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Answered</source>
            <translation>Resp.</translation>
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
            <translation>✎ nota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 ✎</source>
            <translation>%1 ✎</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::InterviewsPanel</name>
        <message>
            <location filename="../../ui/interviews/InterviewsPanel.cpp" line="+36" />
            <source>&amp;New interview</source>
            <translation>&amp;Nueva entrevista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start an individual interview (Ctrl+Shift+N)</source>
            <translation>Iniciar una entrevista individual (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start an interview (Ctrl+Shift+N)</source>
            <translation>Iniciar una entrevista (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>New &amp;group</source>
            <translation>Entrevista &amp;grupal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start a group interview (Ctrl+Shift+G). Pay and hours are not discussed in groups.</source>
            <translation>Iniciar una entrevista grupal (Ctrl+Shift+G). En grupo no se habla de pago ni de horas.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Worker interviews</source>
            <translation>Entrevistas a trabajadores</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Management interviews</source>
            <translation>Entrevistas a la dirección</translation>
        </message>
        <message numerus="yes">
            <location line="+59" />
            <source>%n interview(s) with %1 worker(s); %2 answers given.</source>
            <translation>
                <numerusform>%n entrevista con %1 trabajador(es); %2 respuestas dadas.</numerusform>
                <numerusform>%n entrevistas con %1 trabajador(es); %2 respuestas dadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n interview(s); %1 answers given.</source>
            <translation>
                <numerusform>%n entrevista; %1 respuestas dadas.</numerusform>
                <numerusform>%n entrevistas; %1 respuestas dadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>%1 created. The link to the register was not stored: personal data is locked.</source>
            <translation>Entrevista %1 creada. El vínculo con el registro de personal no se guardó: los datos personales están bloqueados.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 created: every field is saved as you type.</source>
            <translation>Entrevista %1 creada: cada campo se guarda mientras escribe.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Delete interview</source>
            <translation>Eliminar entrevista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete interview %1 with its answers and notes? This cannot be undone.</source>
            <translation>¿Eliminar la entrevista %1 con sus respuestas y notas? No se puede deshacer.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>%1 deleted.</source>
            <translation>Entrevista %1 eliminada.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::KeyTableModel</name>
        <message>
            <location filename="../../ui/signing/KeyTableModel.cpp" line="+95" />
            <source>Signing key, revoked %1</source>
            <translation>Clave de firma, revocada el %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>My signing key</source>
            <translation>Mi clave de firma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>My encryption key</source>
            <translation>Mi clave de cifrado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted signing key</source>
            <translation>Clave de firma de confianza</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trusted encryption key</source>
            <translation>Clave de cifrado de confianza</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Key id %1</source>
            <translation>Id de clave %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Key</source>
            <translation>Clave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Fingerprint</source>
            <translation>Huella</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Added</source>
            <translation>Añadida</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::KeysDialog</name>
        <message>
            <location filename="../../ui/signing/KeysDialog.cpp" line="+28" />
            <source>Keys</source>
            <translation>Claves</translation>
        </message>
        <message>
            <location line="+29" />
            <source>New &amp;signing key…</source>
            <translation>Nueva clave de &amp;firma…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New &amp;encryption key…</source>
            <translation>Nueva clave de &amp;cifrado…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For head office or a team lead: auditors seal personal data to this key.</source>
            <translation>Para la oficina central o un jefe de equipo: los auditores sellan los datos personales con esta clave.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport public key…</source>
            <translation>E&amp;xportar clave pública…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Trust signing key…</source>
            <translation>C&amp;onfiar en clave de firma…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A minisign public key (.pub) of another auditor or head office, to verify their packages.</source>
            <translation>Una clave pública de minisign (.pub) de otro auditor o de la oficina central, para verificar sus paquetes.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Trust enc&amp;ryption key…</source>
            <translation>Confiar en clave de cif&amp;rado…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Head office's encryption public key, to seal personal data for it.</source>
            <translation>La clave pública de cifrado de la oficina central, para sellar datos personales para ella.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Re&amp;voke…</source>
            <translation>Re&amp;vocar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packages this signing key signs from now on are refused; those signed before still verify. For a key known to be stolen, remove it from the trust list instead.</source>
            <translation>Los paquetes que esta clave firme a partir de ahora se rechazan; los firmados antes siguen verificándose. Si se sabe que la clave fue robada, quítela de la lista de confianza.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Untrust</source>
            <translation>&amp;Dejar de confiar</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Revoke key</source>
            <translation>Revocar clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revoke the signing key "%1" (%2)? Packages it signs from now on are refused.</source>
            <translation>¿Revocar la clave de firma «%1» (%2)? Los paquetes que firme a partir de ahora se rechazan.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Untrust key</source>
            <translation>Dejar de confiar en la clave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove "%1" (%2) from this store's trust list?</source>
            <translation>¿Quitar «%1» (%2) de la lista de confianza de este almacén?</translation>
        </message>
        <message>
            <location line="+19" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No signing key yet: reports are marked "unsigned draft".</source>
            <translation>Aún no hay clave de firma: los informes se marcan como «borrador sin firmar».</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reports you sign carry the fingerprint of your key — %1</source>
            <translation>Los informes que firme llevan la huella de su clave — %1</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Key "%1" (%2) revoked: packages it signs from now on are refused.</source>
            <translation>Clave «%1» (%2) revocada: los paquetes que firme a partir de ahora se rechazan.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Key "%1" (%2) is no longer trusted.</source>
            <translation>La clave «%1» (%2) ya no es de confianza.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Key %1 created.</source>
            <translation>Clave %1 creada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1: cannot write: %2</source>
            <translation>%1: no se puede escribir: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Public key written to %1 (fingerprint %2).</source>
            <translation>Clave pública guardada en %1 (huella %2).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Export public key</source>
            <translation>Exportar clave pública</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+54" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Claves públicas (*.pub);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+21" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Trusted %1 (%2) for verifying packages.</source>
            <translation>Ahora se confía en %1 (%2) para verificar paquetes.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Trusted %1 (%2): personal data can be sealed for it.</source>
            <translation>Ahora se confía en %1 (%2): se pueden sellar datos personales para esta clave.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trust a signing key</source>
            <translation>Confiar en una clave de firma</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Trust an encryption key</source>
            <translation>Confiar en una clave de cifrado</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Whose key is it?</source>
            <translation>¿De quién es la clave?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name (as you check it with the key's owner):</source>
            <translation>Nombre (tal como lo compruebe con el titular de la clave):</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::MainWindow</name>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="+71" />
            <source>Audits</source>
            <translation>Auditorías</translation>
        </message>
        <message>
            <location line="+25" />
            <location line="+20" />
            <source>&amp;New audit…</source>
            <translation>&amp;Nueva auditoría…</translation>
        </message>
        <message>
            <location line="-18" />
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete…</source>
            <translation>&amp;Eliminar…</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open &amp;audit</source>
            <translation>Abrir &amp;auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close audit</source>
            <translation>&amp;Cerrar auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Delete audit…</source>
            <translation>&amp;Eliminar auditoría…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open &amp;store…</source>
            <translation>Abrir al&amp;macén…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Recent stores</source>
            <translation>Almacenes &amp;recientes</translation>
        </message>
        <message>
            <location line="+14" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Find</source>
            <translation>&amp;Buscar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audit &amp;list</source>
            <translation>&amp;Lista de auditorías</translation>
        </message>
        <message>
            <location line="+20" />
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About Fieldbook</source>
            <translation>Acerca &amp;de Fieldbook</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open store</source>
            <translation>Abrir almacén</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The store %1 could not be opened.

%2</source>
            <translation>No se pudo abrir el almacén %1.

%2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+250" />
            <source>Store: %1</source>
            <translation>Almacén: %1</translation>
        </message>
        <message>
            <location line="-235" />
            <source>The audit list could not be read: %1</source>
            <translation>No se pudo leer la lista de auditorías: %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The checklist could not be derived: %1</source>
            <translation>No se pudo derivar la lista de verificación: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+179" />
            <source>Open audit</source>
            <translation>Abrir auditoría</translation>
        </message>
        <message>
            <location line="-178" />
            <location line="+179" />
            <source>The audit could not be opened.

%1</source>
            <translation>No se pudo abrir la auditoría.

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
            <translation>Eliminar auditoría</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Delete the audit "%1" of %2 with all its answers, evidence, interviews and records?

This cannot be undone.</source>
            <translation>¿Eliminar la auditoría «%1» de %2 con todas sus respuestas, evidencias, entrevistas y registros?

No se puede deshacer.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Open or create a store</source>
            <translation>Abrir o crear un almacén</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fieldbook stores (*.sqlite *.fieldbook);;All files (*)</source>
            <translation>Almacenes de Fieldbook (*.sqlite *.fieldbook);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+144" />
            <source>About Fieldbook</source>
            <translation>Acerca de Fieldbook</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;An offline companion for social-compliance auditors: checklists from codes of conduct, guided audit steps, analysis of factory records, signed packages and reports.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Fieldbook %1&lt;/h3&gt;&lt;p&gt;Un compañero sin conexión para auditores de cumplimiento social: listas de verificación a partir de códigos de conducta, pasos guiados de la auditoría, análisis de los registros de la fábrica, paquetes firmados e informes.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Keyboard</source>
            <translation>Teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9, Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Go to a phase of the audit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 4 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Answer: compliant, non-compliant, observation, not applicable, not verified&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8 / Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next unanswered question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Raise a finding from the question&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Search the checklist&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Undo / redo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Close the audit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Every edit is saved at once; there is nothing to save.&lt;/p&gt;</source>
            <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nueva auditoría&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+9, Ctrl+0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Ir a una fase de la auditoría&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 4 5&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Responder: conforme, no conforme, observación, no aplica, no verificado&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8 / Ctrl+J&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Siguiente pregunta sin responder&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+R&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Levantar un hallazgo desde la pregunta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Buscar en la lista de verificación&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deshacer / rehacer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+W&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Cerrar la auditoría&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Cada cambio se guarda al instante; no hay nada que guardar.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&lt;p&gt;&lt;b&gt;Interviews&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N / Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;New interview / new group interview&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Questions: yes, no, unclear / clear the answer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Next unanswered interview question&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Other&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Lock personal data&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preferences (language)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;User guide&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Entrevistas&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+N / Ctrl+Shift+G&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Nueva entrevista / nueva entrevista de grupo&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 2 3 / 0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preguntas: sí, no, no está claro / borrar la respuesta&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F8&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Siguiente pregunta de entrevista sin responder&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;&lt;b&gt;Otros&lt;/b&gt;&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Bloquear los datos personales&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Preferencias (idioma)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Guía del usuario&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ManagementInterviewPage</name>
        <message>
            <location filename="../../ui/interviews/ManagementInterviewPage.cpp" line="+40" />
            <source>%1 of %2 planned management interviews held (at least HR, production, health and safety) · %3 answers given · Ctrl+Shift+N new interview</source>
            <translation>%1 de %2 entrevistas a la dirección previstas realizadas (al menos RR. HH., producción, salud y seguridad) · %3 respuestas · Ctrl+Shift+N nueva entrevista</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::MeetingPage</name>
        <message>
            <location filename="../../ui/pages/MeetingPage.cpp" line="+27" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Who attended (names and roles), what was agreed, documents requested.</source>
            <translation>Quiénes asistieron (nombres y cargos), qué se acordó, documentos solicitados.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who attended, findings presented, management's response, agreed dates.</source>
            <translation>Quiénes asistieron, hallazgos presentados, respuesta de la dirección, fechas acordadas.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Edit meeting notes</source>
            <translation>Editar las notas de la reunión</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Tick agenda point</source>
            <translation>Marcar punto del orden del día</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::NewAuditWizard</name>
        <message>
            <location filename="../../ui/wizard/NewAuditWizard.cpp" line="+18" />
            <source>New audit</source>
            <translation>Nueva auditoría</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Facility</source>
            <translation>Instalación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which factory is audited?</source>
            <translation>¿Qué fábrica se audita?</translation>
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
            <translation>%1 (%2) — sin reglas incorporadas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Country:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C&amp;ity:</source>
            <translation>C&amp;iudad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Address:</source>
            <translation>&amp;Dirección:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Workers (headcount):</source>
            <translation>&amp;Trabajadores (plantilla):</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Codes and facility profile</source>
            <translation>Códigos y perfil de la instalación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The checklist is derived from the codes and the profile.</source>
            <translation>La lista de verificación se deriva de los códigos y del perfil.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes audited</source>
            <translation>Códigos auditados</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Imported code</source>
            <translation>Código importado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The facility has</source>
            <translation>La instalación tiene</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When, for whom, and how the visit is announced.</source>
            <translation>Cuándo, para quién y cómo se anuncia la visita.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. Initial audit %1</source>
            <translation>p. ej. Auditoría inicial %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Left empty, the audit is named after its first day.</source>
            <translation>Si se deja vacío, la auditoría se nombra por su primer día.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+5" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Brand / buyer</source>
            <translation>Marca / comprador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier (the factory)</source>
            <translation>Proveedor (la fábrica)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Announced</source>
            <translation>Anunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>Semianunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>Sin previo aviso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No — a new audit</source>
            <translation>No — una auditoría nueva</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 — %2 (%3)</source>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Names separated by commas</source>
            <translation>Nombres separados por comas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lead au&amp;ditor:</source>
            <translation>Auditor lí&amp;der:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other team &amp;members:</source>
            <translation>Otros &amp;miembros del equipo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Last day:</source>
            <translation>Ú&amp;ltimo día:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paid by:</source>
            <translation>Pa&amp;gada por:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;nnouncement:</source>
            <translation>A&amp;viso:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>F&amp;ollow-up of:</source>
            <translation>&amp;Seguimiento de:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Audit %1</source>
            <translation>Auditoría %1</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Enter the name of the facility.</source>
            <translation>Escriba el nombre de la instalación.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Choose at least one code to audit against.</source>
            <translation>Elija al menos un código con el que auditar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The audit could not be created.

%1</source>
            <translation>No se pudo crear la auditoría.

%1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::NewPassphraseFields</name>
        <message>
            <location filename="../../ui/signing/NewPassphraseFields.cpp" line="+23" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+30" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Choose a passphrase of several words.</source>
            <translation>Elija una frase de contraseña de varias palabras.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PhaseListDelegate</name>
        <message>
            <location filename="../../ui/workspace/PhaseListDelegate.cpp" line="+27" />
            <location line="+26" />
            <source>%1%</source>
            <translation>%1 %</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PlaceholderPage</name>
        <message>
            <location filename="../../ui/workspace/PlaceholderPage.cpp" line="+14" />
            <source>The %1 page is not available in this build yet.</source>
            <translation>La página «%1» aún no está disponible en esta versión.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PlanPage</name>
        <message>
            <location filename="../../ui/pages/PlanPage.cpp" line="+47" />
            <source>Visit</source>
            <translation>Visita</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit audit title</source>
            <translation>Editar el título de la auditoría</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The codes decide the checklist; they are chosen when the audit is created.</source>
            <translation>Los códigos determinan la lista de verificación; se eligen al crear la auditoría.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change first day</source>
            <translation>Cambiar el primer día</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change last day</source>
            <translation>Cambiar el último día</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>Change records period</source>
            <translation>Cambiar el período de registros</translation>
        </message>
        <message>
            <location line="+3" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Initial</source>
            <translation>Inicial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Periodic</source>
            <translation>Periódica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>De seguimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Special</source>
            <translation>Especial</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change audit type</source>
            <translation>Cambiar el tipo de auditoría</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+6" />
            <source>Not recorded</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Brand / buyer</source>
            <translation>Marca / comprador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplier (the factory)</source>
            <translation>Proveedor (la fábrica)</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+164" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="-163" />
            <source>Change who pays</source>
            <translation>Cambiar quién paga</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Announced</source>
            <translation>Anunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Semi-announced</source>
            <translation>Semianunciada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unannounced</source>
            <translation>Sin previo aviso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change announcement</source>
            <translation>Cambiar el aviso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Change audit status</source>
            <translation>Cambiar el estado de la auditoría</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sites, buildings, departments and workers covered; anything excluded and why.</source>
            <translation>Sitios, edificios, departamentos y trabajadores cubiertos; lo que se excluye y por qué.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit scope</source>
            <translation>Editar el alcance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Title:</source>
            <translation>Título:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes:</source>
            <translation>Códigos:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First day:</source>
            <translation>Primer día:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last day:</source>
            <translation>Último día:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records period:</source>
            <translation>Período de registros:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type:</source>
            <translation>Tipo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid by:</source>
            <translation>Pagada por:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Announcement:</source>
            <translation>Aviso:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status:</source>
            <translation>Estado:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scope:</source>
            <translation>Alcance:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Facility</source>
            <translation>Instalación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Edit facility name</source>
            <translation>Editar el nombre de la instalación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit city</source>
            <translation>Editar la ciudad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edit address</source>
            <translation>Editar la dirección</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. garments, electronics, footwear</source>
            <translation>p. ej. confección, electrónica, calzado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit industry</source>
            <translation>Editar el sector</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Change headcount</source>
            <translation>Cambiar la plantilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City:</source>
            <translation>Ciudad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Industry:</source>
            <translation>Sector:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers:</source>
            <translation>Trabajadores:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Facility profile</source>
            <translation>Perfil de la instalación</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Audit team</source>
            <translation>Equipo auditor</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Years</source>
            <translation>Años</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Visited before</source>
            <translation>Visitó antes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add member</source>
            <translation>Añadir miembro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New member</source>
            <translation>Nuevo miembro</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Lead auditor</source>
            <translation>Auditor líder</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Auditor</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviewer</source>
            <translation>Entrevistador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observer</source>
            <translation>Observador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trainee</source>
            <translation>En formación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Female</source>
            <translation>Mujer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Male</source>
            <translation>Hombre</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Edit audit team</source>
            <translation>Editar el equipo auditor</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Change facility profile</source>
            <translation>Cambiar el perfil de la instalación</translation>
        </message>
        <message>
            <location line="+20" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::PreferencesDialog</name>
        <message>
            <location filename="../../ui/preferences/PreferencesDialog.cpp" line="+16" />
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <location line="+5" />
            <source>System default (%1)</source>
            <translation>Predeterminado del sistema (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Same as the interface</source>
            <translation>El mismo que la interfaz</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Interface language:</source>
            <translation>Idioma de la &amp;interfaz:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Default &amp;report language:</source>
            <translation>Idioma predeterminado del &amp;informe:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The interface changes at once; the open audit stays open. The report language can still be chosen for each report when it is generated.</source>
            <translation>La interfaz cambia al instante; la auditoría abierta sigue abierta. El idioma del informe se puede elegir también para cada informe al generarlo.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::QuestionPanel</name>
        <message>
            <location filename="../../ui/checklist/QuestionPanel.cpp" line="+43" />
            <source>Select a question on the left.
F8 jumps to the next unanswered one.</source>
            <translation>Seleccione una pregunta a la izquierda.
F8 salta a la siguiente sin responder.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>How to verify</source>
            <translation>Cómo verificar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Guidance:</source>
            <translation>Orientación:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Look at:</source>
            <translation>Revisar:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Methods:</source>
            <translation>Métodos:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Answer (keys 1–5)</source>
            <translation>Respuesta (teclas 1–5)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;%1 %2</source>
            <translation>&amp;%1 %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Notes (saved as you type):</source>
            <translation>&amp;Notas (se guardan mientras escribe):</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What you saw, read or heard — with where and from whom.</source>
            <translation>Lo que vio, leyó u oyó — con dónde y de quién.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Evidence:</source>
            <translation>Evidencia:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Add photo or document…</source>
            <translation>&amp;Añadir foto o documento…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Raise finding</source>
            <translation>&amp;Levantar hallazgo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create a finding with this question's clauses and notes (Ctrl+R)</source>
            <translation>Crear un hallazgo con las cláusulas y notas de esta pregunta (Ctrl+R)</translation>
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
            <translation>Borrar la respuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer: %1</source>
            <translation>Respuesta: %1</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Edit notes</source>
            <translation>Editar las notas</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/RecordAnalysisPage.cpp" line="+62" />
            <source>Import the factory's own records, run the checks, then decide on each flag: confirm it as a finding or dismiss it with a reason.</source>
            <translation>Importe los registros de la propia fábrica, ejecute las comprobaciones y decida sobre cada alerta: confírmela como hallazgo o descártela con un motivo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Import records…</source>
            <translation>&amp;Importar registros…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Run analysis</source>
            <translation>&amp;Ejecutar análisis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Runs every check on the records (F5). The window stays usable while it runs.</source>
            <translation>Ejecuta todas las comprobaciones sobre los registros (F5). La ventana sigue disponible mientras tanto.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <location line="+46" />
            <source>workers</source>
            <translation>trabajadores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>time records</source>
            <translation>registros de asistencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>payroll rows</source>
            <translation>filas de nómina</translation>
        </message>
        <message>
            <location line="+1" />
            <source>production days</source>
            <translation>días de producción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>gate events</source>
            <translation>eventos de portería</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Records in this audit: %1</source>
            <translation>Registros de esta auditoría: %1</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Analysis cancelled: nothing was changed.</source>
            <translation>Análisis cancelado: no se cambió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analysis failed</source>
            <translation>El análisis falló</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Analysis finished.</source>
            <translation>Análisis terminado.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+12" />
            <source>Records imported.</source>
            <translation>Registros importados.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Not confirmed</source>
            <translation>No confirmada</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Not dismissed</source>
            <translation>No descartada</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Confirm as finding</source>
            <translation>Confirmar como hallazgo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Finding:</source>
            <translation>Hallazgo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Grade:</source>
            <translation>Calificación:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dismiss flag</source>
            <translation>Descartar alerta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why is this not a finding? (a reviewer will read it)</source>
            <translation>¿Por qué no es un hallazgo? (lo leerá un revisor)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordImportWizard</name>
        <message>
            <location filename="../../ui/records/RecordImportWizard.cpp" line="+18" />
            <source>Import records</source>
            <translation>Importar registros</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordIssueModel</name>
        <message>
            <location filename="../../ui/records/RecordIssueModel.cpp" line="+50" />
            <source>%1
The row: %2</source>
            <translation>%1
La fila: %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 (notice: does not stop the import)</source>
            <translation>%1 (aviso: no detiene la importación)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordPreviewModel</name>
        <message>
            <location filename="../../ui/records/RecordPreviewModel.cpp" line="+79" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ReportPage</name>
        <message>
            <location filename="../../ui/pages/ReportPage.cpp" line="+26" />
            <source>What the report contains</source>
            <translation>Qué contiene el informe</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Report &amp;language:</source>
            <translation>&amp;Idioma del informe:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Generate PDF report…</source>
            <translation>Generar informe PDF…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export signed package…</source>
            <translation>Exportar paquete firmado…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Writes the audit report as a PDF (no worker names, no interview statements).</source>
            <translation>Escribe el informe de auditoría en PDF (sin nombres de trabajadores ni declaraciones de entrevistas).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the audit report</source>
            <translation>Guardar el informe de auditoría</translation>
        </message>
        <message>
            <location line="+0" />
            <source>audit-report-%1.pdf</source>
            <translation>informe-auditoria-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Writes the audit, its evidence and the report as one signed file for head office (personal data left out, or sealed for head office).</source>
            <translation>Escribe la auditoría, su evidencia y el informe en un único archivo firmado para la oficina central (sin datos personales, o con ellos sellados para la oficina central).</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+40" />
            <source>Mark the audit as completed</source>
            <translation>Marcar la auditoría como completada</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Sets the audit's status to completed (undo with Ctrl+Z).</source>
            <translation>Pone la auditoría en estado completada (se deshace con Ctrl+Z).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark audit completed</source>
            <translation>Marcar auditoría completada</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The audit is completed</source>
            <translation>La auditoría está completada</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Report written: %1 (%n page(s))</source>
            <translation>
                <numerusform>Informe escrito: %1 (%n página)</numerusform>
                <numerusform>Informe escrito: %1 (%n páginas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SamplePanel</name>
        <message>
            <location filename="../../ui/interviews/SamplePanel.cpp" line="+74" />
            <source>Rule for this audit</source>
            <translation>Regla de esta auditoría</translation>
        </message>
        <message>
            <location line="+4" />
            <source> %</source>
            <translation> %</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At &amp;least:</source>
            <translation>&amp;Mínimo:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>At &amp;most:</source>
            <translation>Má&amp;ximo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Indi&amp;vidual:</source>
            <translation>Indi&amp;vidual:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Group si&amp;ze:</source>
            <translation>&amp;Tamaño de grupo:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Young (&lt;18):</source>
            <translation>&amp;Jóvenes (&lt;18):</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;New (&lt;3 mo.):</source>
            <translation>&amp;Nuevos (&lt;3 meses):</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Share of the sample interviewed one by one; the others in groups</source>
            <translation>Parte de la muestra entrevistada de uno en uno; el resto, en grupos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers under 18 included on purpose, when the register has them</source>
            <translation>Trabajadores menores de 18 incluidos a propósito, si el registro de personal los tiene</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Workers hired less than 3 months ago included on purpose</source>
            <translation>Trabajadores contratados hace menos de 3 meses incluidos a propósito</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Draw a new sample</source>
            <translation>&amp;Sortear una nueva muestra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draws the workers again with a new random seed. Workers left out stay out.</source>
            <translation>Vuelve a sortear a los trabajadores con una nueva semilla aleatoria. Los trabajadores excluidos siguen excluidos.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A&amp;pply rule</source>
            <translation>A&amp;plicar regla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Draws again with the same seed and the rule above</source>
            <translation>Vuelve a sortear con la misma semilla y la regla de arriba</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Workforce by department, gender and shift</source>
            <translation>Plantilla por departamento, género y turno</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Workers to interview (chosen by you, not by management)</source>
            <translation>Trabajadores a entrevistar (los elige usted, no la dirección)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Interview this worker</source>
            <translation>&amp;Entrevistar a este trabajador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Starts an interview with this worker's department, gender, age, tenure and shift filled in (Enter)</source>
            <translation>Inicia una entrevista con el departamento, el género, la edad, la antigüedad y el turno de este trabajador ya rellenados (Intro)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Leave &amp;out</source>
            <translation>Excl&amp;uir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Leaves the selected worker out for the reason chosen; another worker of the same group takes the place</source>
            <translation>Excluye al trabajador seleccionado por el motivo elegido; otro trabajador del mismo grupo ocupa su lugar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>because:</source>
            <translation>motivo:</translation>
        </message>
        <message>
            <location line="+58" />
            <source>Re-&amp;draw (new seed)</source>
            <translation>&amp;Sortear de nuevo (nueva semilla)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Draw the sample</source>
            <translation>&amp;Sortear la muestra</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No sample drawn yet: press “Draw the sample”. You choose the workers, not management.</source>
            <translation>Aún no se ha sorteado la muestra: pulse «Sortear la muestra». Usted elige a los trabajadores, no la dirección.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Import the factory's register (workers.csv, under Record analysis) to draw the sample from it. Until then the plan follows the declared headcount (%1): interview %2 workers.</source>
            <translation>Importe el registro de personal de la fábrica (workers.csv, en Análisis de registros) para sortear la muestra a partir de él. Mientras tanto, el plan sigue la plantilla declarada (%1): entrevistar a %2 trabajadores.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Drawn %1 with seed %2 (the same seed and rule give the same workers). %3 selected, %4 left out.</source>
            <translation>Sorteada el %1 con la semilla %2 (la misma semilla y regla dan los mismos trabajadores). %3 seleccionados, %4 excluidos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The register has changed since this sample was drawn (%1 workers then, %2 now): re-draw it.</source>
            <translation>El registro de personal ha cambiado desde que se sorteó esta muestra (%1 trabajadores entonces, %2 ahora): vuelva a sortearla.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No one left to draw for: %1.</source>
            <translation>No queda nadie que sortear para: %1.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Sample drawn: %1 workers (seed %2).</source>
            <translation>Muestra sorteada: %1 trabajadores (semilla %2).</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+20" />
            <source>Select a worker of the sample first.</source>
            <translation>Seleccione primero un trabajador de la muestra.</translation>
        </message>
        <message>
            <location line="-11" />
            <source>%1 left out (%2).</source>
            <translation>%1 excluido (%2).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Worker %1 is no longer on the register.</source>
            <translation>El trabajador %1 ya no está en el registro de personal.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SampleStrataModel</name>
        <message>
            <location filename="../../ui/interviews/SampleStrataModel.cpp" line="+37" />
            <source>Proportional share of the sample: sample size × workers in this group ÷ all workers</source>
            <translation>Parte proporcional de la muestra: tamaño de la muestra × trabajadores de este grupo ÷ total de trabajadores</translation>
        </message>
        <message>
            <location line="+7" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Department</source>
            <translation>Departamento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gender</source>
            <translation>Género</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Shift</source>
            <translation>Turno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Workers</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Share</source>
            <translation>Cuota</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Drawn</source>
            <translation>Muestra</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SampleWorkerModel</name>
        <message>
            <location filename="../../ui/interviews/SampleWorkerModel.cpp" line="+92" />
            <source>group %1</source>
            <translation>grupo %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>left out: %1</source>
            <translation>excluido: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Employee no.</source>
            <translation>Nº de empleado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interview</source>
            <translation>Entrevista</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Department · gender · shift</source>
            <translation>Dpto. · género · turno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why chosen</source>
            <translation>Motivo</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SealedTextBinding</name>
        <message>
            <location filename="../../ui/interviews/SealedTextBinding.cpp" line="+150" />
            <source>Locked: unlock personal data (your passphrase) to write here. Nothing is stored without it.</source>
            <translation>Bloqueado: desbloquee los datos personales (su frase de contraseña) para escribir aquí. Sin ella no se guarda nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Stored encrypted. Unlock personal data (your passphrase) to read or change it.</source>
            <translation>Se guarda cifrado. Desbloquee los datos personales (su frase de contraseña) para leerlo o cambiarlo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Encrypted with another auditor's key: it cannot be read here and is kept as it is.</source>
            <translation>Cifrado con la clave de otro auditor: aquí no se puede leer y se conserva tal cual.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SecurityActions</name>
        <message>
            <location filename="../../ui/signing/SecurityActions.cpp" line="+76" />
            <source>E&amp;xport signed package…</source>
            <translation>E&amp;xportar paquete firmado…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Verify package…</source>
            <translation>&amp;Verificar paquete…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import package…</source>
            <translation>&amp;Importar paquete…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync c&amp;onflicts…</source>
            <translation>C&amp;onflictos de sincronización…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keys…</source>
            <translation>&amp;Claves…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unlock personal data…</source>
            <translation>&amp;Desbloquear datos personales…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Lock personal data</source>
            <translation>&amp;Bloquear datos personales</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Personal data: unlocked</source>
            <translation>Datos personales: desbloqueados</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Personal data: locked</source>
            <translation>Datos personales: bloqueados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and interview notes are shown and recorded. Click to lock (Ctrl+Shift+L).</source>
            <translation>Los nombres y las notas de entrevista se muestran y se registran. Haga clic para bloquear (Ctrl+Shift+L).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and interview notes are hidden and not recorded. Click to unlock.</source>
            <translation>Los nombres y las notas de entrevista están ocultos y no se registran. Haga clic para desbloquear.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictModel</name>
        <message>
            <location filename="../../ui/sync/SyncConflictModel.cpp" line="+28" />
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <location line="+37" />
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Here</source>
            <translation>Aquí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In the package</source>
            <translation>En el paquete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changed here by</source>
            <translation>Cambiado aquí por</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Package signed by</source>
            <translation>Paquete firmado por</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictsDialog</name>
        <message>
            <location filename="../../ui/sync/SyncConflictsDialog.cpp" line="+15" />
            <source>Sync conflicts</source>
            <translation>Conflictos de sincronización</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::SyncConflictsPanel</name>
        <message>
            <location filename="../../ui/sync/SyncConflictsPanel.cpp" line="+30" />
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Keep the value here</source>
            <translation>&amp;Mantener el valor de aquí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Take the package's value</source>
            <translation>&amp;Tomar el valor del paquete</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No open conflicts: every edit is merged.</source>
            <translation>No hay conflictos abiertos: todos los cambios están fusionados.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicting edits to resolve: %1. Until you choose, the value here stays; nothing from the package is dropped.</source>
            <translation>Cambios en conflicto por resolver: %1. Hasta que elija, se mantiene el valor de aquí; no se descarta nada del paquete.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Resolve conflict</source>
            <translation>Resolver conflicto</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ThresholdsGroup</name>
        <message>
            <location filename="../../ui/pages/ThresholdsGroup.cpp" line="+49" />
            <source>Thresholds in force (the stricter of code and law)</source>
            <translation>Umbrales vigentes (el más estricto entre código y ley)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Region (wage zone, province or state):</source>
            <translation>&amp;Región (zona salarial, provincia o estado):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Minimum wages and some limits differ by region: choose the one the facility is in.</source>
            <translation>Los salarios mínimos y algunos límites cambian según la región: elija aquella en la que está la instalación.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Threshold</source>
            <translation>Umbral</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where it comes from</source>
            <translation>De dónde viene</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Check</source>
            <translation>Comprobar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>In force</source>
            <translation>Vigencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Your reason</source>
            <translation>Su motivo</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Use the rule again</source>
            <translation>Volver a usar la regla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removes your own figure for the selected threshold.</source>
            <translation>Quita su propia cifra para el umbral seleccionado.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Thresholds: %1</source>
            <translation>Umbrales: %1</translation>
        </message>
        <message>
            <location line="+6" />
            <source>%1, from the facility's city or address</source>
            <translation>%1, según la ciudad o dirección de la instalación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1, the country file's default</source>
            <translation>%1, la región por defecto del archivo del país</translation>
        </message>
        <message>
            <location line="+9" />
            <source>in force on %1</source>
            <translation>vigente el %1</translation>
        </message>
        <message>
            <location line="+36" />
            <source>This figure comes from Fieldbook's country rules and was not checked against the law's own text. Check it against the official source, then type the figure you confirmed.</source>
            <translation>Esta cifra procede de las reglas de país de Fieldbook y no se cotejó con el texto de la ley. Verifíquela con la fuente oficial y escriba la cifra que confirmó.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Why you changed the figure: the notice you saw, who confirmed it. Kept in the audit trail.</source>
            <translation>Por qué cambió la cifra: el aviso que vio, quién la confirmó. Queda en el registro de la auditoría.</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Give a reason for a threshold</source>
            <translation>Dar un motivo para un umbral</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Type the time as HH:MM, for example 22:00.</source>
            <translation>Escriba la hora como HH:MM, por ejemplo 22:00.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Type a number of zero or more.</source>
            <translation>Escriba un número mayor o igual que cero.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Change threshold</source>
            <translation>Cambiar umbral</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::UnlockPersonalDataDialog</name>
        <message>
            <location filename="../../ui/signing/UnlockPersonalDataDialog.cpp" line="+21" />
            <source>Protect personal data</source>
            <translation>Proteger los datos personales</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlock personal data</source>
            <translation>Desbloquear los datos personales</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Worker names, ID numbers and interview notes are stored encrypted with a key of this store. Choose the passphrase that protects it. Without it nobody can read them, you included: keep it safe.</source>
            <translation>Los nombres de los trabajadores, los números de identidad y las notas de entrevista se guardan cifrados con una clave de este almacén. Elija la frase de contraseña que la protege. Sin ella nadie puede leerlos, ni siquiera usted: guárdela bien.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Worker names, ID numbers and interview notes are encrypted. Enter the store's passphrase to show and record them in this session. Without it the audit still opens; those fields stay locked.</source>
            <translation>Los nombres de los trabajadores, los números de identidad y las notas de entrevista están cifrados. Escriba la frase de contraseña del almacén para mostrarlos y registrarlos en esta sesión. Sin ella, la auditoría se abre igualmente; esos campos siguen bloqueados.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Create key</source>
            <translation>&amp;Crear clave</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Continue &amp;locked</source>
            <translation>Continuar sin des&amp;bloquear</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Try again, or continue locked.</source>
            <translation>Inténtelo de nuevo o continúe sin desbloquear.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::UserGuideDialog</name>
        <message>
            <location filename="../../ui/help/UserGuideDialog.cpp" line="+26" />
            <source>Fieldbook user guide</source>
            <translation>Guía del usuario de Fieldbook</translation>
        </message>
        <message>
            <location line="+29" />
            <source>The user guide is missing from this installation.</source>
            <translation>Falta la guía del usuario en esta instalación.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::VerifyPackageDialog</name>
        <message>
            <location filename="../../ui/signing/VerifyPackageDialog.cpp" line="+21" />
            <location line="+3" />
            <source>Verify package</source>
            <translation>Verificar paquete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Package:</source>
            <translation>&amp;Paquete:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>optional: the signer's .pub file (else a key this store trusts)</source>
            <translation>opcional: el archivo .pub del firmante (si no, una clave de confianza de este almacén)</translation>
        </message>
        <message>
            <location line="-3" />
            <source>B&amp;rowse…</source>
            <translation>Exami&amp;nar…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signer's &amp;key:</source>
            <translation>&amp;Clave del firmante:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>&amp;Verify</source>
            <translation>&amp;Verificar</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Fieldbook packages (*.fieldbook);;All files (*)</source>
            <translation>Paquetes de Fieldbook (*.fieldbook);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signer's public key</source>
            <translation>Clave pública del firmante</translation>
        </message>
        <message>
            <location line="+0" />
            <source>minisign public keys (*.pub);;All files (*)</source>
            <translation>Claves públicas de minisign (*.pub);;Todos los archivos (*)</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::WelcomeDialog</name>
        <message>
            <location filename="../../ui/welcome/WelcomeDialog.cpp" line="+45" />
            <source>Welcome to Fieldbook</source>
            <translation>Bienvenido a Fieldbook</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;h3&gt;Welcome to Fieldbook&lt;/h3&gt;&lt;p&gt;Everything you type is saved at once in a store on this computer; nothing leaves it unless you export a signed package. The defaults below are fine to start with.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bienvenido a Fieldbook&lt;/h3&gt;&lt;p&gt;Todo lo que escriba se guarda al instante en un almacén de este equipo; nada sale de él salvo que exporte un paquete firmado. Para empezar, los valores predeterminados de abajo bastan.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+10" />
            <source>System default (%1)</source>
            <translation>Predeterminado del sistema (%1)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A new file is created here; an existing Fieldbook store is opened.</source>
            <translation>Aquí se crea un archivo nuevo; si ya hay un almacén de Fieldbook, se abre.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Browse…</source>
            <translation>&amp;Examinar…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>S&amp;tore:</source>
            <translation>Al&amp;macén:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create my auditor signing key now (optional)</source>
            <translation>Crear ahora mi clave de firma de auditor (opcional)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The key signs the packages you send to head office. You can also create it later, before the first export.</source>
            <translation>La clave firma los paquetes que envía a la oficina central. También puede crearla más tarde, antes de la primera exportación.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Your name as it appears on reports</source>
            <translation>Su nombre tal como aparece en los informes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>At least %1 characters</source>
            <translation>Al menos %1 caracteres</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Repeat:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the &amp;demo audit to look around (it lives in its own store)</source>
            <translation>Abrir la auditoría de &amp;demostración para echar un vistazo (está en su propio almacén)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;Start</source>
            <translation>&amp;Empezar</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Open or create a store</source>
            <translation>Abrir o crear un almacén</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fieldbook stores (*.sqlite *.fieldbook);;All files (*)</source>
            <translation>Almacenes de Fieldbook (*.sqlite *.fieldbook);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Choose where the store goes.</source>
            <translation>Elija dónde va el almacén.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Type your name for the key, or untick the key.</source>
            <translation>Escriba su nombre para la clave, o desmarque la clave.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The store %1 could not be opened: %2</source>
            <translation>No se pudo abrir el almacén %1: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The key could not be created: %1</source>
            <translation>No se pudo crear la clave: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::WorkerInterviewsPage</name>
        <message>
            <location filename="../../ui/interviews/WorkerInterviewsPage.cpp" line="+27" />
            <source>Interviews</source>
            <translation>Entrevistas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample: who to interview</source>
            <translation>Muestra: a quién entrevistar</translation>
        </message>
        <message>
            <location line="+35" />
            <source>%1 of %2 planned workers interviewed (%3 interviews) · %4 answers given · keys: Ctrl+Shift+N new interview, Ctrl+Shift+G new group interview</source>
            <translation>%1 de %2 trabajadores previstos entrevistados (%3 entrevistas) · %4 respuestas · Ctrl+Shift+N nueva entrevista, Ctrl+Shift+G nueva grupal</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <location filename="../../ui/main.cpp" line="+24" />
            <source>Use the store FILE.</source>
            <translation>Usar el almacén FILE.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the bundled demo audit.</source>
            <translation>Abrir la auditoría de demostración incluida.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Open the store and the window, then exit (for packaging tests).</source>
            <translation>Abrir el almacén y la ventana y salir (para pruebas de empaquetado).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save a screenshot of every phase into DIR, then exit.</source>
            <translation>Guardar una captura de cada fase en DIR y salir.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Use a dark palette.</source>
            <translation>Usar una paleta oscura.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Offline companion for social-compliance auditors.</source>
            <translation>Compañero sin conexión para auditores de cumplimiento social.</translation>
        </message>
    </context>
</TS>
