<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccessibleTexts</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::AutomationPanel</name>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::HeatmapWidget</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::LabelsPage</name>
    <message numerus="yes">
        <source>%n conversations carry it; it will be taken off them.</source>
        <translation>
            <numerusform>%n conversation carries it; it will be taken off it.</numerusform>
            <numerusform>%n conversations carry it; it will be taken off them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::MainWindow</name>
    <message numerus="yes">
        <source>Recent notifications, %n unread</source>
        <translation>
            <numerusform>Recent notifications, %n unread</numerusform>
            <numerusform>Recent notifications, %n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n file(s)…</source>
        <translation>
            <numerusform>Sending %n file…</numerusform>
            <numerusform>Sending %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n new — show</numerusform>
            <numerusform>%n new — show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::MergeDialog</name>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform>
            <numerusform>%n conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new messages in %1 conversations</source>
        <translation>
            <numerusform>%n new message in %1 conversations</numerusform>
            <numerusform>%n new messages in %1 conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new messages</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::PeoplePage</name>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::PresenceBar</name>
    <message numerus="yes">
        <source>%n agents are typing…</source>
        <translation>
            <numerusform>%n agent is typing…</numerusform>
            <numerusform>%n agents are typing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agents are viewing</source>
        <translation>
            <numerusform>%n agent is viewing</numerusform>
            <numerusform>%n agents are viewing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::RecordsWindow</name>
    <message numerus="yes">
        <source>%n record(s) shown</source>
        <translation>
            <numerusform>%n record shown</numerusform>
            <numerusform>%n records shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ReportsPage</name>
    <message numerus="yes">
        <source>Customer satisfaction: %1 of 5 from %n answer(s) (%2)</source>
        <translation>
            <numerusform>Customer satisfaction: %1 of 5 from %n answer (%2)</numerusform>
            <numerusform>Customer satisfaction: %1 of 5 from %n answers (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::TicketsWindow</name>
    <message numerus="yes">
        <source>Page %1 of %2 · %n ticket(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n ticket</numerusform>
            <numerusform>Page %1 of %2 · %n tickets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::TriageBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) changed.</source>
        <translation>
            <numerusform>%n conversation changed.</numerusform>
            <numerusform>%n conversations changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::UnreadTrayIcon</name>
    <message numerus="yes">
        <source>Parley — %n unread notification(s)</source>
        <translation>
            <numerusform>Parley — %n unread notification</numerusform>
            <numerusform>Parley — %n unread notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parley::ui::ViewListModel</name>
    <message numerus="yes">
        <source>%1: %n conversation(s)</source>
        <translation>
            <numerusform>%1: %n conversation</numerusform>
            <numerusform>%1: %n conversations</numerusform>
        </translation>
    </message>
</context>
</TS>
