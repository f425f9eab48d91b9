<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>AnalysisReport</name>
        <message>
            <location filename="../../app/analysis/AnalysisReport.cpp" line="+34" />
            <source>Analysed: %1</source>
            <translation>Analizado: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No flags.</source>
            <translation>Sin alertas.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The analysis was cancelled: the list is incomplete.</source>
            <translation>El análisis se canceló: la lista está incompleta.</translation>
        </message>
    </context>
    <context>
        <name>AttLogParser</name>
        <message>
            <location filename="../../app/records/AttLogParser.cpp" line="+91" />
            <source>expected PIN, timestamp and state separated by tabs</source>
            <translation>se esperaban PIN, fecha y hora y estado separados por tabuladores</translation>
        </message>
        <message>
            <location line="+6" />
            <source>required cell is empty</source>
            <translation>una celda obligatoria está vacía</translation>
        </message>
        <message>
            <location line="+7" />
            <source>unparseable timestamp '%1' (expected YYYY-MM-DD HH:MM:SS)</source>
            <translation>fecha y hora ilegible «%1» (se esperaba AAAA-MM-DD HH:MM:SS)</translation>
        </message>
        <message>
            <location line="+12" />
            <source>unknown punch state '%1' (0, 1, 4 or 5 expected)</source>
            <translation>estado de marcaje desconocido «%1» (se esperaba 0, 1, 4 o 5)</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+5" />
            <location line="+11" />
            <location line="+15" />
            <source>check-in without a matching check-out</source>
            <translation>entrada sin salida correspondiente</translation>
        </message>
        <message>
            <location line="-20" />
            <source>check-out without a matching check-in</source>
            <translation>salida sin entrada correspondiente</translation>
        </message>
        <message>
            <location line="+6" />
            <source>check-out more than 24 hours after the last check-in</source>
            <translation>salida más de 24 horas después de la última entrada</translation>
        </message>
    </context>
    <context>
        <name>AuditParams</name>
        <message>
            <location filename="../../app/analysis/AuditParams.cpp" line="+27" />
            <source>"%1" has an invalid value</source>
            <translation>«%1» tiene un valor no válido</translation>
        </message>
        <message>
            <location line="+83" />
            <source>format_version %1 is not supported (this version reads 1)</source>
            <translation>format_version %1 no es compatible (esta versión lee 1)</translation>
        </message>
        <message>
            <location line="+25" />
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
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+58" />
            <source>%1: not valid JSON: %2 at byte %3</source>
            <translation>%1: JSON no válido: %2 en el byte %3</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+7" />
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
            <location filename="../../app/codes/CountryRules.cpp" line="+79" />
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
            <location filename="../../app/codes/ParamsResolver.cpp" line="+105" />
            <source>choose at least one code</source>
            <translation>elija al menos un código</translation>
        </message>
        <message>
            <location filename="../../app/codes/CatalogTranslations.cpp" line="+68" />
            <source>Shared: %1</source>
            <translation>Compartidas: %1</translation>
        </message>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+39" />
            <source>This audit's checklist already has answers; it cannot be derived again.</source>
            <translation>La lista de verificación de esta auditoría ya tiene respuestas; no se puede derivar de nuevo.</translation>
        </message>
        <message>
            <location filename="../../app/codes/CountryRules.cpp" line="-43" />
            <location filename="../../app/codes/Crosswalk.cpp" line="+17" />
            <source>%1: not valid JSON: %2</source>
            <translation>%1: JSON no válido: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>unknown rule (known: %1)</source>
            <translation>regla desconocida (conocidas: %1)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>must be a time HH:MM</source>
            <translation>debe ser una hora HH:MM</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/codes/JsonReader.cpp" line="+91" />
            <source>must be a number</source>
            <translation>debe ser un número</translation>
        </message>
        <message>
            <location line="+43" />
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
            <location line="-4" />
            <source>must be a list</source>
            <translation>debe ser una lista</translation>
        </message>
        <message>
            <location line="+12" />
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
            <source>must be true or false</source>
            <translation>debe ser true o false</translation>
        </message>
        <message>
            <location filename="../../app/codes/ParamsResolver.cpp" line="-9" />
            <source>unknown code "%1" (known: %2)</source>
            <translation>código desconocido «%1» (conocidos: %2)</translation>
        </message>
        <message>
            <location line="+80" />
            <source>regular_hours_per_week + max_overtime_hours_per_week</source>
            <translation>regular_hours_per_week + max_overtime_hours_per_week</translation>
        </message>
        <message>
            <location line="+47" />
            <source>audit override</source>
            <translation>valor propio de la auditoría</translation>
        </message>
    </context>
    <context>
        <name>CheckTitles</name>
        <message>
            <location filename="../../app/analysis/CheckTitles.cpp" line="+11" />
            <source>Identical punches</source>
            <translation>Marcajes idénticos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Same times every day</source>
            <translation>Mismas horas cada día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Round punch times</source>
            <translation>Marcajes en minutos redondos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hours stuck at the limit</source>
            <translation>Horas clavadas en el límite</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excessive hours</source>
            <translation>Horas excesivas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No rest day</source>
            <translation>Sin día de descanso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Paid vs recorded hours</source>
            <translation>Horas pagadas frente a registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Below minimum wage</source>
            <translation>Por debajo del salario mínimo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime premium short</source>
            <translation>Recargo de horas extra insuficiente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net pay does not add up</source>
            <translation>El pago neto no cuadra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benford deviation</source>
            <translation>Desviación de Benford</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Underage worker</source>
            <translation>Trabajador menor de edad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker violation</source>
            <translation>Infracción con trabajador joven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth dates heaped</source>
            <translation>Fechas de nacimiento acumuladas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duplicate ID number</source>
            <translation>Número de identidad duplicado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work outside employment</source>
            <translation>Trabajo fuera del período de empleo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unknown worker</source>
            <translation>Trabajador desconocido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Output vs recorded hours</source>
            <translation>Producción frente a horas registradas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gate log vs recorded hours</source>
            <translation>Portería frente a horas registradas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interviews contradict records</source>
            <translation>Entrevistas que contradicen los registros</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coached interviews</source>
            <translation>Entrevistas aleccionadas</translation>
        </message>
    </context>
    <context>
        <name>ChecklistResponses</name>
        <message>
            <location filename="../../app/fieldwork/ChecklistResponses.cpp" line="+36" />
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
            <location filename="../../app/analysis/checks/BenfordDeviationCheck.cpp" line="+95" />
            <source>First digits of %1 (%2 amounts) depart from Benford's law: MAD %3 (nonconformity above %4)</source>
            <translation>Los primeros dígitos de %1 (%2 importes) se apartan de la ley de Benford: MAD %3 (no conformidad por encima de %4)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/BirthdateHeapingCheck.cpp" line="+67" />
            <source>%1 of %2 workers were born on %3; chance would give about %4</source>
            <translation>%1 de %2 trabajadores nacieron el %3; el azar daría unos %4</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/CoachedInterviewsCheck.cpp" line="+199" />
            <source>%1 of %2 interviews gave answers too alike to be independent: %3</source>
            <translation>%1 de %2 entrevistas dieron respuestas demasiado parecidas para ser independientes: %3</translation>
        </message>
        <message>
            <location line="+68" />
            <source>%1 of %2 interviewed workers stated exactly %3 h a week, while their records vary</source>
            <translation>%1 de %2 trabajadores entrevistados declararon exactamente %3 h semanales, mientras que sus registros varían</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/DuplicateIdentityCheck.cpp" line="+56" />
            <source>%1 workers share one ID number on file: %2</source>
            <translation>%1 trabajadores comparten un mismo número de identidad en el expediente: %2</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ExcessiveHoursCheck.cpp" line="+66" />
            <source>%1 worked more than %2 h in %3 week(s), up to %4 h</source>
            <translation>%1 trabajó más de %2 h en %3 semana(s), hasta %4 h</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/GateTimeMismatchCheck.cpp" line="+149" />
            <source>%1 was on site %2 day(s) with no time record and %3 day(s) over %4 h beyond the recorded hours</source>
            <translation>%1 estuvo en el sitio %2 día(s) sin registro de asistencia y %3 día(s) más de %4 h por encima de las horas registradas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/HoursCapPatternCheck.cpp" line="+120" />
            <source>%1 worker(s) recorded exactly %2 h in %3 of %4 full weeks</source>
            <translation>%1 trabajador(es) registraron exactamente %2 h en %3 de %4 semanas completas</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/IdenticalPunchesCheck.cpp" line="+154" />
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="+134" />
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="+112" />
            <source>(no department)</source>
            <translation>(sin departamento)</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location filename="../../app/analysis/checks/InterviewRecordConflictCheck.cpp" line="+164" />
            <source>%1 of %2 interviewed workers described hours, rest days or pay that contradict the records</source>
            <translation>%1 de %2 trabajadores entrevistados describieron horas, días de descanso o pagos que contradicen los registros</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/MinimumWageShortfallCheck.cpp" line="+66" />
            <source>%1 was paid %2 an hour for regular hours, below the minimum of %3</source>
            <translation>a %1 se le pagó %2 por hora normal, por debajo del mínimo de %3</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NetPayInconsistentCheck.cpp" line="+60" />
            <source>%1: net pay differs from regular + overtime + bonus − deductions in %2 period(s)</source>
            <translation>%1: el pago neto difiere de normal + horas extra + bonificación − deducciones en %2 período(s)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/NoRestDayCheck.cpp" line="+53" />
            <source>%1 worked up to %2 days in a row (limit %3)</source>
            <translation>%1 trabajó hasta %2 días seguidos (límite %3)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/OvertimePremiumShortfallCheck.cpp" line="+67" />
            <source>%1 was paid overtime at %2× the regular rate (at least %3× due)</source>
            <translation>a %1 se le pagaron las horas extra a %2× la tarifa normal (se debía al menos %3×)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/PayrollHoursMismatchCheck.cpp" line="+97" />
            <source>%1 was paid for up to %2 h less than the time records show, in %3 period(s)</source>
            <translation>a %1 se le pagaron hasta %2 h menos de las que muestran los registros de asistencia, en %3 período(s)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 was paid for up to %2 h more than the time records show, in %3 period(s)</source>
            <translation>a %1 se le pagaron hasta %2 h más de las que muestran los registros de asistencia, en %3 período(s)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/ProductionHoursMismatchCheck.cpp" line="+83" />
            <source>%1: output on %2 day(s) needs at least %3 labour hours more than the time records show</source>
            <translation>%1: la producción de %2 día(s) requiere al menos %3 horas de trabajo más de las que muestran los registros de asistencia</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/RoundTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punch on round minutes far beyond chance, e.g. %3: %4 of %5 punches on %6 (chance: %7)</source>
            <translation>%1 trabajador(es) de %2 marcan en minutos redondos muy por encima del azar, p. ej. %3: %4 de %5 marcajes en %6 (azar: %7)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnderageWorkerCheck.cpp" line="+60" />
            <source>%1 worked %2 day(s) while under %3 (aged %4 on %5)</source>
            <translation>%1 trabajó %2 día(s) siendo menor de %3 (tenía %4 el %5)</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UniformTimesCheck.cpp" line="-3" />
            <source>%1 worker(s) in %2 punched the same times day after day, e.g. %3 on %4 of %5 days at %6–%7</source>
            <translation>%1 trabajador(es) de %2 marcaron las mismas horas día tras día, p. ej. %3 en %4 de %5 días a las %6–%7</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/UnknownWorkerCheck.cpp" line="+64" />
            <source>%1 worker id(s) in the records are missing from the register</source>
            <translation>faltan en el registro de personal %1 identificador(es) de trabajador que aparecen en los registros</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/WorkOutsideEmploymentCheck.cpp" line="+70" />
            <source>%1 has records on %2 day(s) before hire and %3 after leaving</source>
            <translation>%1 tiene registros en %2 día(s) antes de su contratación y %3 después de su baja</translation>
        </message>
        <message>
            <location filename="../../app/analysis/checks/YoungWorkerViolationCheck.cpp" line="+72" />
            <source>%1, under %2, worked %3 night shift(s) and %4 day(s) with overtime</source>
            <translation>%1, menor de %2, trabajó %3 turno(s) de noche y %4 día(s) con horas extra</translation>
        </message>
    </context>
    <context>
        <name>ColumnMapping</name>
        <message>
            <location filename="../../app/records/ColumnMapping.cpp" line="+43" />
            <source>%1:1: required column(s) missing: %2 (the header has: %3)</source>
            <translation>%1:1: faltan columnas obligatorias: %2 (el encabezado tiene: %3)</translation>
        </message>
    </context>
    <context>
        <name>ComplianceDashboard</name>
        <message>
            <location filename="../../ui/findings/ComplianceDashboard.cpp" line="+61" />
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
            <location line="+33" />
            <source>line %1: unexpected text after a closing quote</source>
            <translation>línea %1: texto inesperado después de unas comillas de cierre</translation>
        </message>
    </context>
    <context>
        <name>DemoAudit</name>
        <message>
            <location filename="../../app/demo/DemoAudit.cpp" line="+105" />
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
        <name>EvidenceStore</name>
        <message>
            <location filename="../../app/fieldwork/EvidenceStore.cpp" line="+45" />
            <source>%1 is larger than %2 MB and cannot be stored as evidence.</source>
            <translation>%1 supera los %2 MB y no se puede guardar como evidencia.</translation>
        </message>
        <message>
            <location line="+3" />
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
            <location filename="../../app/fieldwork/FindingStore.cpp" line="+78" />
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
            <location line="+135" />
            <source>Could not confirm the flag</source>
            <translation>No se pudo confirmar la alerta</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the finding needs a title</source>
            <translation>el hallazgo necesita un título</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+74" />
            <source>no flag %1 in the store</source>
            <translation>no hay ninguna alerta %1 en el almacén</translation>
        </message>
        <message>
            <location line="-13" />
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
        <name>InterviewLoader</name>
        <message>
            <location filename="../../app/analysis/InterviewLoader.cpp" line="+28" />
            <source>Could not read the interviews: %1</source>
            <translation>No se pudieron leer las entrevistas: %1</translation>
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
            <location filename="../../app/sync/AuditPackage.cpp" line="+95" />
            <source>No audit %1 in this store.</source>
            <translation>No hay ninguna auditoría %1 en este almacén.</translation>
        </message>
        <message>
            <location line="+69" />
            <location line="+39" />
            <source>%1: cannot read: %2</source>
            <translation>%1: no se puede leer: %2</translation>
        </message>
        <message>
            <location line="-16" />
            <source>%1: cannot write: %2</source>
            <translation>%1: no se puede escribir: %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1: cannot write the signature: %2</source>
            <translation>%1: no se puede escribir la firma: %2</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: no signature beside it (%2.minisig): refused</source>
            <translation>%1: no hay firma junto a él (%2.minisig): rechazado</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+5" />
            <location line="+7" />
            <source>%1: refused: %2</source>
            <translation>%1: rechazado: %2</translation>
        </message>
        <message>
            <location line="-4" />
            <source>%1: refused, the package was tampered with: %2</source>
            <translation>%1: rechazado, el paquete fue manipulado: %2</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1: refused: no audit.json in the package</source>
            <translation>%1: rechazado: el paquete no contiene audit.json</translation>
        </message>
        <message>
            <location line="+73" />
            <source>%1: refused: unknown column %2.%3</source>
            <translation>%1: rechazado: columna desconocida %2.%3</translation>
        </message>
        <message>
            <location line="+15" />
            <source>%1: refused: an evidence file is missing</source>
            <translation>%1: rechazado: falta un archivo de evidencia</translation>
        </message>
        <message>
            <location line="+74" />
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
            <location line="+8" />
            <source>entry "%1" is cut short</source>
            <translation>la entrada «%1» está truncada</translation>
        </message>
        <message>
            <location line="+6" />
            <source>entry "%1" does not match its SHA-256</source>
            <translation>la entrada «%1» no coincide con su SHA-256</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the package has %1 unexpected bytes at the end</source>
            <translation>el paquete tiene %1 bytes inesperados al final</translation>
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
        <name>RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/RecordAnalysisPage.cpp" line="+42" />
            <source>Many workers punched in or out at exactly the same minute on the same day, more than chance allows: time cards may have been filled in by one hand.</source>
            <translation>Muchos trabajadores marcaron la entrada o la salida exactamente en el mismo minuto el mismo día, más de lo que permite el azar: puede que una sola mano haya rellenado las tarjetas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A worker's in and out times are (nearly) the same day after day. Real punches vary by a few minutes.</source>
            <translation>Las horas de entrada y salida de un trabajador son (casi) iguales día tras día. Los marcajes reales varían unos minutos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Punch minutes heap on :00, :30 or another digit more than chance allows: times may have been written, not punched.</source>
            <translation>Los minutos de marcaje se acumulan en :00, :30 u otro dígito más de lo que permite el azar: las horas pueden haberse escrito, no marcado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Weekly hours sit at exactly the legal maximum week after week: records may be adjusted to the limit.</source>
            <translation>Las horas semanales quedan exactamente en el máximo legal semana tras semana: los registros pueden estar ajustados al límite.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Weekly hours or overtime above the limit in force.</source>
            <translation>Horas semanales u horas extra por encima del límite vigente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>More consecutive working days than allowed without a day off.</source>
            <translation>Más días laborables seguidos de los permitidos sin un día de descanso.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hours paid differ from hours in the time records for the same period: a sign of double books.</source>
            <translation>Las horas pagadas difieren de las horas de los registros de asistencia del mismo período: señal de doble contabilidad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Pay for regular hours is below the minimum wage.</source>
            <translation>El pago de las horas normales está por debajo del salario mínimo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Overtime is paid below the premium rate.</source>
            <translation>Las horas extra se pagan por debajo del recargo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Net pay does not equal regular + overtime + bonus - deductions.</source>
            <translation>El pago neto no es igual a normal + horas extra + bonificación - deducciones.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>First digits of pay amounts depart from Benford's law beyond chance. A screen, never proof.</source>
            <translation>Los primeros dígitos de los importes pagados se apartan de la ley de Benford más allá del azar. Es un filtro, nunca una prueba.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Someone worked while below the minimum age.</source>
            <translation>Alguien trabajó siendo menor de la edad mínima.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A worker under the young-worker age did night work or overtime.</source>
            <translation>Un trabajador por debajo de la edad de trabajador joven hizo trabajo nocturno u horas extra.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Implausibly many birth dates on one day of the year (e.g. 1 January): ages may be made up.</source>
            <translation>Demasiadas fechas de nacimiento en un mismo día del año (p. ej. el 1 de enero): las edades pueden ser inventadas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One ID number appears on two or more workers.</source>
            <translation>Un mismo número de identidad aparece en dos o más trabajadores.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time or pay records before hire or after termination.</source>
            <translation>Registros de asistencia o de pago antes de la contratación o después de la baja.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records for worker ids missing from the register: hidden or unregistered workers?</source>
            <translation>Registros de identificadores de trabajador que no están en el registro de personal: ¿trabajadores ocultos o no registrados?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The output recorded needs more labour hours than the time records show.</source>
            <translation>La producción registrada requiere más horas de trabajo de las que muestran los registros de asistencia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The gate log shows workers on site well outside their recorded hours.</source>
            <translation>El registro de la portería muestra trabajadores en el sitio mucho fuera de sus horas registradas.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What workers said (hours, rest days, pay) contradicts the records.</source>
            <translation>Lo que dijeron los trabajadores (horas, días de descanso, pago) contradice los registros.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Interview answers are too alike across workers to be independent: workers may have been coached.</source>
            <translation>Las respuestas de distintos trabajadores son demasiado parecidas para ser independientes: puede que los hayan aleccionado.</translation>
        </message>
    </context>
    <context>
        <name>RecordDirectoryReader</name>
        <message>
            <location filename="../../app/records/RecordDirectoryReader.cpp" line="+31" />
            <source>... and %1 more</source>
            <translation>... y %1 más</translation>
        </message>
        <message>
            <location line="+60" />
            <source>%1: cannot open: %2</source>
            <translation>%1: no se puede abrir: %2</translation>
        </message>
        <message>
            <location line="+79" />
            <source>%1: not a folder</source>
            <translation>%1: no es una carpeta</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 holds no record file (workers.csv, time_records.csv, payroll.csv, production.csv, gate_log.csv or *_attlog.dat)</source>
            <translation>%1 no contiene ningún archivo de registros (workers.csv, time_records.csv, payroll.csv, production.csv, gate_log.csv o *_attlog.dat)</translation>
        </message>
    </context>
    <context>
        <name>RecordFileParser</name>
        <message>
            <location filename="../../app/records/PayrollFileParser.cpp" line="+54" />
            <source>period_end before period_start</source>
            <translation>period_end anterior a period_start</translation>
        </message>
        <message>
            <location filename="../../app/records/RecordFileParser.cpp" line="+30" />
            <source>%1: the file is empty (no header row)</source>
            <translation>%1: el archivo está vacío (sin fila de encabezado)</translation>
        </message>
        <message>
            <location line="+48" />
            <source>%1 '%2'</source>
            <translation>%1 «%2»</translation>
        </message>
        <message>
            <location line="+6" />
            <source>required cell is empty</source>
            <translation>una celda obligatoria está vacía</translation>
        </message>
        <message>
            <location filename="../../app/records/TimeRecordsFileParser.cpp" line="+56" />
            <source>time_out equals time_in</source>
            <translation>time_out es igual a time_in</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the break is longer than the segment: negative hours</source>
            <translation>la pausa es más larga que el tramo: horas negativas</translation>
        </message>
        <message>
            <location filename="../../app/records/WorkersFileParser.cpp" line="+69" />
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
        <name>RecordStore</name>
        <message>
            <location filename="../../app/records/RecordStore.cpp" line="+170" />
            <source>import failed while writing %1: %2</source>
            <translation>la importación falló al escribir %1: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+29" />
            <source>no audit with id %1</source>
            <translation>no hay ninguna auditoría con id %1</translation>
        </message>
        <message numerus="yes">
            <location line="-8" />
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
            <location line="+397" />
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
            <location line="+176" />
            <source>cannot create the folder %1</source>
            <translation>no se puede crear la carpeta %1</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <location filename="../../app/report/ReportBuilder.cpp" line="+104" />
            <source>none</source>
            <translation>ninguno</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/report/ReportCharts.cpp" line="+81" />
            <source>not assessed</source>
            <translation>sin evaluar</translation>
        </message>
        <message>
            <location line="+35" />
            <location line="+47" />
            <location line="+1" />
            <location line="+5" />
            <location line="+235" />
            <source>not recorded</source>
            <translation>no registrado</translation>
        </message>
        <message>
            <location line="-285" />
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
            <location line="+1" />
            <source>Audit dates</source>
            <translation>Fechas de la auditoría</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Records period reviewed</source>
            <translation>Período de registros revisado</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+158" />
            <source>Figure</source>
            <translation>Dato</translation>
        </message>
        <message>
            <location line="-158" />
            <location line="+158" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="-157" />
            <source>Questions in the checklist</source>
            <translation>Preguntas de la lista de verificación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions assessed (compliant, non-compliant, observation)</source>
            <translation>Preguntas evaluadas (conforme, no conforme, observación)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overall compliance of assessed questions</source>
            <translation>Conformidad global de las preguntas evaluadas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not applicable / not verified / unanswered</source>
            <translation>No aplica / no verificado / sin responder</translation>
        </message>
        <message>
            <location line="+4" />
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
            <location line="+83" />
            <source>No findings were raised.</source>
            <translation>No se levantó ningún hallazgo.</translation>
        </message>
        <message>
            <location line="-70" />
            <source>Record analysis</source>
            <translation>Análisis de registros</translation>
        </message>
        <message>
            <location line="+13" />
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
            <location line="+2" />
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
            <location line="+6" />
            <location line="+36" />
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <location line="-42" />
            <source>Compliant</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <location line="+0" />
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
            <location line="+0" />
            <source>Unanswered</source>
            <translation>Sin resp.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compliance</source>
            <translation>Conformidad</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+0" />
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
            <location line="+0" />
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
            <location line="+4" />
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
            <location line="+5" />
            <source>By department</source>
            <translation>Por departamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By gender</source>
            <translation>Por género</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Structured answers</source>
            <translation>Respuestas estructuradas</translation>
        </message>
        <message>
            <location line="+1" />
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
            <location line="+3" />
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
            <location line="+2" />
            <source>Records</source>
            <translation>Registros</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+41" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Rows</source>
            <translation>Filas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quarantined</source>
            <translation>En cuarentena</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The records have not been analysed.</source>
            <translation>Los registros no se han analizado.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Analysis runs: %1; latest %2.</source>
            <translation>Análisis realizados: %1; el último, %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Flags by severity</source>
            <translation>Alertas por gravedad</translation>
        </message>
        <message>
            <location line="+2" />
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
            <source>Check</source>
            <translation>Comprobación</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Flags</source>
            <translation>Alertas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed</source>
            <translation>Confirmadas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dismissed</source>
            <translation>Descartadas</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/report/ReportStrings.cpp" line="+82" />
            <source>Open</source>
            <translation>Abiertas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reasons for dismissal</source>
            <translation>Motivos del descarte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Appendix: evidence files and their SHA-256</source>
            <translation>Anexo: archivos de evidencia y su SHA-256</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Each evidence file is kept in the signed audit package. Its SHA-256 below lets any reader check that the file they hold is the one the auditors recorded.</source>
            <translation>Cada archivo de evidencia se guarda en el paquete de auditoría firmado. Su SHA-256, abajo, permite a cualquier lector comprobar que el archivo que tiene es el que registraron los auditores.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No evidence files were recorded.</source>
            <translation>No se registró ningún archivo de evidencia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attached to</source>
            <translation>Adjunto a</translation>
        </message>
        <message>
            <location line="+0" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location line="+70" />
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
            <location filename="../../app/report/ReportDataLoader.cpp" line="+37" />
            <source>No audit with uuid %1 in the store</source>
            <translation>No hay ninguna auditoría con uuid %1 en el almacén</translation>
        </message>
        <message>
            <location line="+304" />
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
    </context>
    <context>
        <name>Signing</name>
        <message>
            <location filename="../../app/signing/KeyStore.cpp" line="+32" />
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
            <location line="+20" />
            <source>The signer's key %1 is not trusted by this store; give it with --pubkey or add it with fieldbook-cli trust.</source>
            <translation>Este almacén no confía en la clave del firmante %1; indíquela con --pubkey o añádala con fieldbook-cli trust.</translation>
        </message>
        <message>
            <location filename="../../app/signing/Minisign.cpp" line="+87" />
            <source>not a minisign public key</source>
            <translation>no es una clave pública de minisign</translation>
        </message>
        <message>
            <location line="+19" />
            <source>not a minisign signature (expected four lines: comment, signature, trusted comment, global signature)</source>
            <translation>no es una firma de minisign (se esperaban cuatro líneas: comentario, firma, comentario de confianza, firma global)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>the signature line is damaged</source>
            <translation>la línea de la firma está dañada</translation>
        </message>
        <message>
            <location line="+7" />
            <source>the trusted-comment signature is damaged</source>
            <translation>la firma del comentario de confianza está dañada</translation>
        </message>
        <message>
            <location line="+46" />
            <source>signed with key %1, not with the given key %2</source>
            <translation>firmado con la clave %1, no con la clave indicada %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>the file does not match its signature: it was changed after signing</source>
            <translation>el archivo no coincide con su firma: se modificó después de firmarlo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the trusted comment was changed after signing</source>
            <translation>el comentario de confianza se modificó después de firmar</translation>
        </message>
        <message>
            <location filename="../../app/signing/PassphraseBox.cpp" line="+35" />
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
            <location filename="../../app/signing/SodiumDataProtector.cpp" line="+80" />
            <source>This store already has a personal-data key.</source>
            <translation>Este almacén ya tiene una clave de datos personales.</translation>
        </message>
        <message>
            <location line="+46" />
            <source>This store has no personal-data key yet.</source>
            <translation>Este almacén todavía no tiene clave de datos personales.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <location filename="../../app/codes/ChecklistStore.cpp" line="+49" />
            <source>No such audit.</source>
            <translation>No existe esa auditoría.</translation>
        </message>
    </context>
    <context>
        <name>ThresholdsGroup</name>
        <message>
            <location filename="../../ui/pages/ThresholdsGroup.cpp" line="+32" />
            <source>Minimum working age</source>
            <translation>Edad mínima para trabajar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Young worker below age</source>
            <translation>Trabajador joven si es menor de</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a day</source>
            <translation>Horas normales al día</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regular hours a week</source>
            <translation>Horas normales a la semana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime hours a week, at most</source>
            <translation>Horas extra a la semana, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total hours a week, at most</source>
            <translation>Horas totales a la semana, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overtime pay, times the regular rate</source>
            <translation>Pago de horas extra, veces la tarifa normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working days in a row, at most</source>
            <translation>Días laborables seguidos, como máximo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Minimum wage an hour</source>
            <translation>Salario mínimo por hora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work starts</source>
            <translation>Inicio del trabajo nocturno</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Night work ends</source>
            <translation>Fin del trabajo nocturno</translation>
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
            <location filename="../../ui/checklist/ChecklistModel.cpp" line="+65" />
            <source>Compliant</source>
            <translation>Conforme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Non-compliant</source>
            <translation>No conforme</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+223" />
            <source>Not applicable</source>
            <translation>No aplica</translation>
        </message>
        <message>
            <location line="-221" />
            <source>Not verified</source>
            <translation>No verificado</translation>
        </message>
        <message>
            <location line="+7" />
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
            <location line="+181" />
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
            <location filename="../../ui/pages/ChecklistPhasePage.cpp" line="+31" />
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
            <location filename="../../ui/checklist/ChecklistWidget.cpp" line="+43" />
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
            <source>All methods</source>
            <translation>Todos los métodos</translation>
        </message>
        <message>
            <location line="+65" />
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
            <location line="+24" />
            <source>Findings by severity</source>
            <translation>Hallazgos por gravedad</translation>
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
        <name>fieldbook::FindingEditor</name>
        <message>
            <location filename="../../ui/findings/FindingEditor.cpp" line="+39" />
            <source>Edit finding title</source>
            <translation>Editar el título del hallazgo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Change severity</source>
            <translation>Cambiar la gravedad</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location line="+4" />
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
            <location line="+0" />
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
            <location filename="../../ui/pages/FindingsPage.cpp" line="+50" />
            <source>&amp;New finding</source>
            <translation>&amp;Nuevo hallazgo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <location line="+10" />
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
            <location line="+47" />
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
            <location line="+11" />
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <location line="+18" />
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
        <name>fieldbook::MainWindow</name>
        <message>
            <location filename="../../ui/MainWindow.cpp" line="+74" />
            <source>Audits</source>
            <translation>Auditorías</translation>
        </message>
        <message>
            <location line="+24" />
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
            <location line="+2" />
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
            <location line="+4" />
            <source>auditor</source>
            <translation>auditor</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+247" />
            <source>Store: %1</source>
            <translation>Almacén: %1</translation>
        </message>
        <message>
            <location line="-231" />
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
            <location line="+175" />
            <source>Open audit</source>
            <translation>Abrir auditoría</translation>
        </message>
        <message>
            <location line="-174" />
            <location line="+175" />
            <source>The audit could not be opened.

%1</source>
            <translation>No se pudo abrir la auditoría.

%1</translation>
        </message>
        <message>
            <location line="-162" />
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <location line="+72" />
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
    </context>
    <context>
        <name>fieldbook::MeetingPage</name>
        <message>
            <location filename="../../ui/pages/MeetingPage.cpp" line="+28" />
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
            <location filename="../../ui/wizard/NewAuditWizard.cpp" line="+7" />
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
            <location filename="../../ui/workspace/PlaceholderPage.cpp" line="+15" />
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
            <location line="+163" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="-162" />
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
            <location line="+4" />
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
            <location filename="../../ui/checklist/QuestionPanel.cpp" line="+42" />
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
            <location line="+44" />
            <location line="+1" />
            <location line="+5" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Clear answer</source>
            <translation>Borrar la respuesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Answer: %1</source>
            <translation>Respuesta: %1</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Edit notes</source>
            <translation>Editar las notas</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::RecordAnalysisPage</name>
        <message>
            <location filename="../../ui/records/RecordAnalysisPage.cpp" line="+30" />
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
            <location line="+32" />
            <source>&amp;Confirm as finding…</source>
            <translation>&amp;Confirmar como hallazgo…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Dismiss…</source>
            <translation>&amp;Descartar…</translation>
        </message>
        <message>
            <location line="+53" />
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
            <location line="+6" />
            <source>Records in this audit: %1</source>
            <translation>Registros de esta auditoría: %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&lt;p&gt;No flags yet. Import the records and run the analysis.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Todavía no hay alertas. Importe los registros y ejecute el análisis.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Severity:</source>
            <translation>Gravedad:</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Clauses:</source>
            <translation>Cláusulas:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Workers (%1):</source>
            <translation>Trabajadores (%1):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Days (%1):</source>
            <translation>Días (%1):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dismissed:</source>
            <translation>Descartada:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Confirmed: see Findings.</source>
            <translation>Confirmada: vea Hallazgos.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The figures behind it:</source>
            <translation>Las cifras que la sustentan:</translation>
        </message>
        <message>
            <location line="+53" />
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
            <source>Records imported.</source>
            <translation>Registros importados.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Folder with workers.csv, time_records.csv, payroll.csv, ... or *_attlog.dat</source>
            <translation>Carpeta con workers.csv, time_records.csv, payroll.csv, ... o *_attlog.dat</translation>
        </message>
        <message>
            <location line="+18" />
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
        <name>fieldbook::ReportPage</name>
        <message>
            <location filename="../../ui/pages/ReportPage.cpp" line="+29" />
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
            <location line="+2" />
            <source>Save the audit report</source>
            <translation>Guardar el informe de auditoría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>audit-report-%1.pdf</source>
            <translation>informe-auditoria-%1.pdf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export the signed package with: fieldbook-cli export --audit UUID --key KEY_ID --out FILE.fieldbook</source>
            <translation>Exporte el paquete firmado con: fieldbook-cli export --audit UUID --key KEY_ID --out FILE.fieldbook</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+64" />
            <source>Mark the audit as completed</source>
            <translation>Marcar la auditoría como completada</translation>
        </message>
        <message>
            <location line="-62" />
            <source>Sets the audit's status to completed (undo with Ctrl+Z).</source>
            <translation>Pone la auditoría en estado completada (se deshace con Ctrl+Z).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark audit completed</source>
            <translation>Marcar auditoría completada</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Checklist questions answered: %1 of %2 applicable</source>
            <translation>Preguntas respondidas: %1 de %2 aplicables</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Findings: %1 — corrective actions: %2</source>
            <translation>Hallazgos: %1 — acciones correctivas: %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interviews: %1 — evidence files: %2</source>
            <translation>Entrevistas: %1 — archivos de evidencia: %2</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Before reporting:</source>
            <translation>Antes del informe:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unanswered questions: %1 — analysis flags not yet confirmed or dismissed: %2</source>
            <translation>preguntas sin responder: %1 — alertas del análisis sin confirmar ni descartar: %2</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The audit is completed</source>
            <translation>La auditoría está completada</translation>
        </message>
        <message numerus="yes">
            <location line="+22" />
            <source>Report written: %1 (%n page(s))</source>
            <translation>
                <numerusform>Informe escrito: %1 (%n página)</numerusform>
                <numerusform>Informe escrito: %1 (%n páginas)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>fieldbook::ThresholdsGroup</name>
        <message>
            <location filename="../../ui/pages/ThresholdsGroup.cpp" line="+16" />
            <source>Thresholds in force (the stricter of code and law)</source>
            <translation>Umbrales vigentes (el más estricto entre código y ley)</translation>
        </message>
        <message>
            <location line="+5" />
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
            <location line="+13" />
            <source>Use the rule again</source>
            <translation>Volver a usar la regla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Removes your own figure for the selected threshold.</source>
            <translation>Quita su propia cifra para el umbral seleccionado.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Thresholds: %1</source>
            <translation>Umbrales: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <source>your figure</source>
            <translation>su cifra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>verify before use</source>
            <translation>verificar antes de usar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This figure comes from Fieldbook's country rules. Laws and minimum wages change: check it against the official source, then type the figure you confirmed.</source>
            <translation>Esta cifra procede de las reglas de país de Fieldbook. Las leyes y los salarios mínimos cambian: compruébela con la fuente oficial y escriba la cifra que confirmó.</translation>
        </message>
        <message>
            <location line="+23" />
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
        <name>fieldbook::UserGuideDialog</name>
        <message>
            <location filename="../../ui/help/UserGuideDialog.cpp" line="+26" />
            <source>Fieldbook user guide</source>
            <translation>Guía del usuario de Fieldbook</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The user guide is missing from this installation.</source>
            <translation>Falta la guía del usuario en esta instalación.</translation>
        </message>
    </context>
    <context>
        <name>fieldbook::WelcomeDialog</name>
        <message>
            <location filename="../../ui/welcome/WelcomeDialog.cpp" line="+51" />
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
            <location line="+4" />
            <source>&amp;Store:</source>
            <translation>Al&amp;macén:</translation>
        </message>
        <message>
            <location line="+3" />
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
        <name>main</name>
        <message>
            <location filename="../../ui/main.cpp" line="+23" />
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
