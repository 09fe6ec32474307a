"""Bring existing databases in line with the corrected starter glossary (issue 17).

The starter loader only creates what is new, so a site that loaded the old
text keeps it. This migration corrects it, field by field, but only where the
stored value still equals exactly what was shipped: a term, value or source an
editor changed is theirs and stays as it is.

- TERM_FIELDS: term texts, (old, new) per field.
- VALUES: dimension values, (old, new) per dimension.
- SOURCES: per term, a cited work corrected ("update": old row -> new row, by
  title, publisher, year, url and kind), newly cited ("add", unless a source
  with that URL is already there) or no longer cited ("delete", only if the
  row is still the shipped one).
A term that received any correction and still carries the old package review
date gets the new one.
"""

import datetime

from django.db import migrations

OLD_REVIEWED = datetime.date(2026, 11, 30)
NEW_REVIEWED = datetime.date(2026, 12, 6)
SOURCE_FIELDS = ("title", "publisher", "year", "url", "kind")

TERM_FIELDS = {
    "outsourcing": {
        "explanation": (
            "Outsourcing is an **ownership** decision: a third "
            "party takes over a process and delivers it under a "
            "contract, with its own people, tools and methods. It "
            "says nothing about geography. The provider may sit "
            "in the same city ([[domestic-outsourcing]]), in a "
            "neighbouring country ([[nearshore-outsourcing]]) or "
            "far away ([[offshore-outsourcing]]).\n"
            "\n"
            "What is handed over is a defined service with agreed "
            "outcomes, usually measured through a "
            "[[service-level-agreement]]. That is what separates "
            "it from [[out-staffing]], where you rent people and "
            "keep directing them yourself.\n"
            "\n"
            "**Why organisations outsource.** Cost reduction is "
            "the reason most often given, but it is rarely the "
            "only one, and it is a weak predictor of success. "
            "Deloitte's Global Outsourcing Surveys name cost "
            "reduction most often, but respondents also give "
            "focus on core activities, flexible capacity, service "
            "quality and access to skills as reasons; in its 2012 "
            "edition most respondents named cost reduction as an "
            "objective, yet satisfaction depended mainly on the "
            "quality of service, and most of those who had ended "
            "a contract early cited service quality. Its 2024 "
            "edition found that about seven in ten executives had "
            "brought some previously outsourced work back "
            "in-house in the previous five years.\n"
            "\n"
            "**What does not move.** Accountability stays with "
            "the client: customers and, in regulated sectors, "
            "supervisors hold the client responsible for the "
            "result. In the EU, for example, a client that "
            "outsources processing of personal data remains the "
            "controller under the GDPR, and financial firms must "
            "keep exit strategies for critical ICT providers "
            "under DORA. Hence the need for a "
            "[[retained-organisation]].\n"
            "\n"
            "Savings are not automatic either: the provider adds "
            "a margin, [[transition-and-knowledge-transfer]] "
            "costs money, and managing the contract is a "
            "permanent overhead. A fair business case compares "
            "[[total-cost-of-ownership]], not day rates.",
            "Outsourcing is an **ownership** decision: a third "
            "party takes over a process and delivers it under a "
            "contract, with its own people, tools and methods. It "
            "says nothing about geography. The provider may sit "
            "in the same city ([[domestic-outsourcing]]), in a "
            "neighbouring country ([[nearshore-outsourcing]]) or "
            "far away ([[offshore-outsourcing]]).\n"
            "\n"
            "What is handed over is a defined service with agreed "
            "outcomes, usually measured through a "
            "[[service-level-agreement]]. That is what separates "
            "it from [[out-staffing]], where you rent people and "
            "keep directing them yourself.\n"
            "\n"
            "**Why organisations outsource.** Cost reduction is "
            "the reason most often given, but it is rarely the "
            "only one, and lower cost alone does not make clients "
            "satisfied. Deloitte's Global Outsourcing Surveys "
            "name cost reduction most often, but respondents also "
            "give focus on core activities, flexible capacity, "
            "service quality and access to skills as reasons. Its "
            "2012 survey found that cost drives the decision to "
            "outsource while service drives satisfaction: most "
            "respondents named cost reduction as an objective, "
            "yet it was not a strong driver of their "
            "satisfaction, which followed the quality of service, "
            "and most of those who had ended a contract early "
            "named service quality among their main reasons. Its "
            "2024 edition found that about seven in ten "
            "executives had brought some previously outsourced "
            "work back in-house in the previous five years.\n"
            "\n"
            "**What does not move.** Accountability stays with "
            "the client: customers and, in regulated sectors, "
            "supervisors hold the client responsible for the "
            "result. In the EU, for example, a client that "
            "outsources processing of personal data remains the "
            "controller under the GDPR, and under DORA (Article "
            "28(8)) financial firms must have exit strategies for "
            "the ICT services that support their critical or "
            "important functions. Hence the need for a "
            "[[retained-organisation]].\n"
            "\n"
            "Savings are not automatic either: the provider adds "
            "a margin, [[transition-and-knowledge-transfer]] "
            "costs money, and managing the contract is a "
            "permanent overhead. A fair business case compares "
            "[[total-cost-of-ownership]], not day rates.",
        )
    },
    "backsourcing": {
        "explanation": (
            "Backsourcing is the particular kind of "
            "[[insourcing]] in which **work that a provider has "
            "been doing comes back to the organisation's own "
            "staff**. It is the end of an outsourcing "
            "arrangement, not a new build.\n"
            "\n"
            "It is not the same as [[reshoring]]. Backsourcing "
            "changes *who* does the work; reshoring changes "
            "*where*. A bank that ends its contract with an "
            "offshore provider and moves the work into its own "
            "centre in the same country has backsourced without "
            "reshoring; a manufacturer that moves supply from an "
            "Asian contractor to a domestic contractor has "
            "reshored without backsourcing.\n"
            "\n"
            "Research on IT outsourcing finds that disappointing "
            "service, product and relationship quality push "
            "clients towards backsourcing, while high switching "
            "costs hold them back. Deloitte's 2024 survey "
            "reported that about seven in ten executives had "
            "taken some outsourced work back in-house in the "
            "previous five years, usually selectively rather "
            "than wholesale.\n"
            "\n"
            "In practice, backsourcing means rehiring or taking "
            "over staff (in the EU and UK, employees assigned to "
            "the work may transfer by law under the "
            "[[transfer-of-undertakings]] rules), rebuilding "
            "tools and documentation, and running a reverse "
            "[[transition-and-knowledge-transfer]]. The "
            "contract's exit clauses then matter more than "
            "anything else in it.",
            "Backsourcing is the particular kind of "
            "[[insourcing]] in which **work that a provider has "
            "been doing comes back to the organisation's own "
            "staff**. It is the end of an outsourcing "
            "arrangement, not a new build.\n"
            "\n"
            "It is not the same as [[reshoring]]. Backsourcing "
            "changes *who* does the work; reshoring changes "
            "*where*. A bank that ends its contract with an "
            "offshore provider and moves the work into its own "
            "centre in the same country has backsourced without "
            "reshoring; a manufacturer that moves supply from an "
            "Asian contractor to a domestic contractor has "
            "reshored without backsourcing.\n"
            "\n"
            "Research on IT outsourcing finds that the quality "
            "of the service, the product and the relationship, "
            "and switching costs, are all related to the "
            "decision to backsource (Whitten and Leidner, 2006), "
            "and that clients with high switching costs are the "
            "most likely to keep outsourcing and the least "
            "likely to bring the work back (Whitten, Chakrabarty "
            "and Wakefield, 2010). Deloitte's 2024 survey "
            "reported that about seven in ten executives had "
            "taken some outsourced work back in-house in the "
            "previous five years, usually selectively rather "
            "than wholesale.\n"
            "\n"
            "In practice, backsourcing means rehiring or taking "
            "over staff (in the EU and UK, employees assigned to "
            "the work may transfer by law under the "
            "[[transfer-of-undertakings]] rules), rebuilding "
            "tools and documentation, and running a reverse "
            "[[transition-and-knowledge-transfer]]. The "
            "contract's exit clauses then matter more than "
            "anything else in it.",
        )
    },
    "shared-services-centre": {
        "key_takeaways": (
            "Shared services are an organisational "
            "choice inside the firm: consolidation "
            "and standardisation, not a provider.\n"
            "The centre can stay at home or move "
            "nearshore or offshore; it can later be "
            "outsourced, or grow into global "
            "business services.\n"
            "Savings come from standard processes "
            "and scale, which requires business "
            "units to give up local variations.",
            "Shared services are an organisational "
            "choice inside the firm: one internal "
            "unit gives several business units "
            "standardised services, instead of a "
            "provider.\n"
            "It differs from a captive centre by "
            "purpose, not location: it can sit at "
            "home, nearshore or offshore, and can "
            "later be outsourced or grow into global "
            "business services.\n"
            "Savings come from standard processes "
            "and scale, which requires business "
            "units to give up local variations.",
        ),
        "explanation": (
            "A shared services centre (SSC) "
            "**consolidates support processes that "
            "business units used to run separately**, "
            "such as accounts payable, payroll, "
            "recruitment administration, IT support or "
            "procurement operations, into one internal "
            "unit. The business units become its "
            "internal customers, often with internal "
            "service agreements and charges.\n"
            "\n"
            "It is an ownership form inside the firm: "
            "the staff are the firm's own employees, "
            "so a shared services centre is not "
            "[[outsourcing]]. Location is a separate "
            "choice. Many SSCs sit in the home "
            "country; many others are in lower-cost "
            "locations and are then also "
            "[[captive-centre|captive centres]].\n"
            "\n"
            "Research describes the aim as both cost "
            "savings and better service through "
            "specialisation and standard processes. "
            "The condition is that business units "
            "accept standard processes: an SSC that "
            "must run twenty local variants saves "
            "little. Typical later steps are to "
            "outsource parts of the SSC's work to a "
            "[[bpo]] provider, or to widen its scope "
            "across functions and regions into "
            "[[global-business-services]].",
            "A shared services centre (SSC) "
            "**consolidates support processes that "
            "business units used to run separately**, "
            "such as accounts payable, payroll, "
            "recruitment administration, IT support or "
            "procurement operations, into one internal "
            "unit. The business units become its "
            "internal customers, often with internal "
            "service agreements and charges.\n"
            "\n"
            "It is an ownership form inside the firm: "
            "the staff are the firm's own employees, "
            "so a shared services centre is not "
            "[[outsourcing]]. What sets it apart from "
            "a [[captive-centre]] is its **purpose, "
            "not its location**: an SSC exists to "
            "serve several business units with "
            "standardised services, while a captive "
            "centre is defined by being the firm's own "
            "unit abroad, whatever work it does. Many "
            "SSCs sit in the home country; many others "
            "are in lower-cost locations and are then "
            "captive centres as well.\n"
            "\n"
            "Research describes the aim as both cost "
            "savings and better service through "
            "specialisation and standard processes. "
            "The condition is that business units "
            "accept standard processes: an SSC that "
            "must run twenty local variants saves "
            "little. Typical later steps are to "
            "outsource parts of the SSC's work to a "
            "[[bpo]] provider, or to widen its scope "
            "across functions and regions into "
            "[[global-business-services]].",
        ),
    },
    "offshoring": {
        "explanation": (
            "Offshoring is a **location** decision: work is moved "
            "to, or set up in, another country than the one where "
            "the organisation is based, usually a distant one. "
            "Official statistics treat it the same way: Eurostat's "
            "international sourcing surveys count the movement of "
            "business functions abroad whether to the enterprise's "
            "own affiliates or to outside suppliers, and UNCTAD's "
            "analysis of services offshoring distinguishes the "
            "*captive* form from offshore *outsourcing*.\n"
            "\n"
            "So offshoring comes in two forms:\n"
            "\n"
            "- **captive offshoring**: the firm's own unit abroad "
            "([[captive-offshore-centre]]), staffed by its own "
            "employees;\n"
            "- **[[offshore-outsourcing]]**: a provider abroad, "
            "staffed by the provider's employees.\n"
            "\n"
            "Only in the captive form is offshored work done by "
            "the firm's own staff, a point much popular writing "
            "gets wrong. And offshoring rarely means relocating "
            "the whole company: a firm moves selected processes "
            "(software development, a contact centre, accounting, "
            "one production step) and keeps its headquarters and "
            "other functions at home.\n"
            "\n"
            "**Motives.** Lower labour costs are the best-known "
            "reason, but not the only one, and often not the "
            "decisive one: access to large talent pools, service "
            "across time zones ([[follow-the-sun]]) and presence "
            "near growing markets also count, and the outsourcing "
            "surveys show quality and flexibility weighing at "
            "least as much in whether arrangements succeed. The "
            "costs include communication across distance and time "
            "zones, travel, management overhead, currency and "
            "political risk, and compliance: EU rules on transfers "
            "of personal data outside the EU, for instance, still "
            "apply. When distance proves too costly, firms move "
            "work closer ([[nearshoring]]) or back home "
            "([[reshoring]]).",
            "Offshoring is a **location** decision: work is moved "
            "to, or set up in, another country than the one where "
            "the organisation is based, usually a distant one in "
            "everyday use (this guide calls a nearby country "
            "[[nearshoring]]). Official statistics do not require "
            "distance: Eurostat's international sourcing surveys "
            "count the movement of business functions to any other "
            "country, whether to the enterprise's own affiliates "
            "or to outside suppliers, and they find that most EU "
            "enterprises that source internationally do so within "
            "the EU. UNCTAD's analysis of services offshoring "
            "distinguishes the *captive* form from offshore "
            "*outsourcing*.\n"
            "\n"
            "So offshoring comes in two forms:\n"
            "\n"
            "- **captive offshoring**: the firm's own unit abroad "
            "([[captive-offshore-centre]]), staffed by its own "
            "employees;\n"
            "- **[[offshore-outsourcing]]**: a provider abroad, "
            "staffed by the provider's employees.\n"
            "\n"
            "Only in the captive form is offshored work done by "
            "the firm's own staff, a point much popular writing "
            "gets wrong. And offshoring rarely means relocating "
            "the whole company: a firm moves selected processes "
            "(software development, a contact centre, accounting, "
            "one production step) and keeps its headquarters and "
            "other functions at home.\n"
            "\n"
            "**Motives.** Lower labour costs are the best-known "
            "reason, but not the only one, and often not the "
            "decisive one: access to large talent pools, service "
            "across time zones ([[follow-the-sun]]) and presence "
            "near growing markets also count, and the outsourcing "
            "surveys show quality and flexibility weighing at "
            "least as much in whether arrangements succeed. The "
            "costs include communication across distance and time "
            "zones, travel, management overhead, currency and "
            "political risk, and compliance: EU rules on transfers "
            "of personal data outside the EU, for instance, still "
            "apply. When distance proves too costly, firms move "
            "work closer ([[nearshoring]]) or back home "
            "([[reshoring]]).",
        )
    },
    "managed-services": {
        "definition": (
            "An ongoing arrangement in which a provider takes "
            "responsibility for running and improving a "
            "defined service, such as IT infrastructure or "
            "security monitoring, for a recurring fee against "
            "service levels.",
            "An ongoing arrangement in which a provider takes "
            "responsibility for operating, maintaining and "
            "improving a defined service, such as IT "
            "infrastructure or security monitoring, on the "
            "client's premises or remotely, for a recurring "
            "fee against service levels.",
        ),
        "explanation": (
            "In a managed service, a provider **takes "
            "ongoing responsibility for running a defined "
            "service** (networks, servers, cloud platforms, "
            "end-user devices, security monitoring, payroll "
            "systems) and is paid a recurring fee, usually "
            "per user, device or service tier, against "
            "agreed service levels. Gartner's glossary "
            "describes a management service provider as one "
            "that delivers network and system management "
            "remotely on a subscription basis.\n"
            "\n"
            "Managed services are a form of [[outsourcing]], "
            "most common within [[ito]]. What distinguishes "
            "them from project work or [[out-staffing]] is "
            "responsibility for an outcome that runs "
            "continuously: the provider monitors, fixes, "
            "patches and improves, and decides how many "
            "people and which tools are needed. Service "
            "management standards such as ISO/IEC 20000-1 "
            "describe the processes (incident, change, "
            "service-level and supplier management) that a "
            "well-run managed service uses on both sides.\n"
            "\n"
            "The benefits are predictable costs, "
            "round-the-clock coverage and access to tools "
            "and specialists no single client could justify. "
            "The risks are a scope that is narrower than the "
            "client assumed, fees that rise with every "
            "change request, and dependence on the "
            "provider's tooling ([[vendor-lock-in]]). Write "
            "the scope, the [[service-level-agreement]], "
            "data ownership and exit assistance into the "
            "contract before signing.",
            "In a managed service, a provider **takes "
            "ongoing responsibility for running a defined "
            "service** (networks, servers, cloud platforms, "
            "end-user devices, security monitoring, payroll "
            "systems) and is paid a recurring fee, usually "
            "per user, device or service tier, against "
            "agreed service levels. EU law now defines the "
            "IT form: the NIS2 Directive describes a managed "
            "service provider as one whose services concern "
            "the installation, management, operation or "
            "maintenance of ICT products, networks, "
            "infrastructure or applications, through "
            "assistance or active administration, at the "
            "customer's premises or remotely, and it brings "
            "such providers within its cybersecurity rules.\n"
            "\n"
            "Managed services are a form of [[outsourcing]], "
            "most common within [[ito]]. What distinguishes "
            "them from project work or [[out-staffing]] is "
            "responsibility for an outcome that runs "
            "continuously: the provider monitors, fixes, "
            "patches and improves, and decides how many "
            "people and which tools are needed. Service "
            "management standards such as ISO/IEC 20000-1 "
            "describe the processes (incident, change, "
            "service-level and supplier management) that a "
            "well-run managed service uses on both sides.\n"
            "\n"
            "The benefits are predictable costs, "
            "round-the-clock coverage and access to tools "
            "and specialists no single client could justify. "
            "The risks are a scope that is narrower than the "
            "client assumed, fees that rise with every "
            "change request, and dependence on the "
            "provider's tooling ([[vendor-lock-in]]). Write "
            "the scope, the [[service-level-agreement]], "
            "data ownership and exit assistance into the "
            "contract before signing.",
        ),
    },
    "out-staffing": {
        "explanation": (
            "Out-staffing, also called staff augmentation, means "
            "**adding people from a provider to your own team**. "
            "The provider recruits, employs and pays them; they "
            "work on your tasks, follow your priorities and are "
            "managed day to day by your managers. You buy "
            "capacity and skills, not a finished service.\n"
            "\n"
            "This is the key difference from [[outsourcing]], "
            "where the provider commits to a result and "
            "organises its own staff. In out-staffing the client "
            "directs the work and therefore owns the outcome. "
            "Fees are time-based: per person per hour, day or "
            "month.\n"
            "\n"
            "It is common in software development, IT and "
            "engineering when a team needs specific skills for a "
            "period, hiring locally is slow or the talent is "
            "scarce, and the firm wants to keep control of "
            "design, methods and priorities. Many out-staffing "
            "providers supply remote engineers from nearshore or "
            "offshore locations.\n"
            "\n"
            "**Legal shape.** Out-staffing is a triangular "
            "arrangement: the provider is the employer, the "
            "client directs the work. International labour law "
            "recognises exactly this pattern, an agency "
            'employing workers to make them available to a "user '
            'enterprise" that assigns and supervises their tasks '
            "(ILO Convention 181), and in the EU the Temporary "
            "Agency Work Directive can apply when the people "
            "work under the client's supervision and direction. "
            "Long-running arrangements can raise questions about "
            "who the real employer is, so check local rules "
            "before scaling up. Where you want the provider to "
            "manage the team and own results, consider a "
            "[[dedicated-team]] or [[managed-services]] instead; "
            "where you want to hire a specific person abroad as "
            "your own employee, an [[employer-of-record]].",
            "Out-staffing, also called staff augmentation, means "
            "**adding people from a provider to your own team**. "
            "The provider recruits, employs and pays them; they "
            "work on your tasks, follow your priorities and are "
            "managed day to day by your managers. You buy "
            "capacity and skills, not a finished service.\n"
            "\n"
            "This is the key difference from [[outsourcing]], "
            "where the provider commits to a result and "
            "organises its own staff. In out-staffing the client "
            "directs the work and therefore owns the outcome. "
            "Fees are time-based: per person per hour, day or "
            "month.\n"
            "\n"
            "It is common in software development, IT and "
            "engineering when a team needs specific skills for a "
            "period, hiring locally is slow or the talent is "
            "scarce, and the firm wants to keep control of "
            "design, methods and priorities. Many out-staffing "
            "providers supply remote engineers from nearshore or "
            "offshore locations.\n"
            "\n"
            "**Legal shape.** Out-staffing is a triangular "
            "arrangement: the provider is the employer, the "
            "client directs the work. International labour law "
            "recognises exactly this pattern, an agency "
            'employing workers to make them available to a "user '
            'enterprise" that assigns and supervises their tasks '
            "(ILO Convention 181), and in the EU the Temporary "
            "Agency Work Directive can apply when the people "
            "work under the client's supervision and direction. "
            "National rules can be strict. In Germany, for "
            "example, people who are integrated into the "
            "client's organisation and take its instructions are "
            "on agency work (*Arbeitnehmerüberlassung*): the "
            "provider needs a licence from the Federal "
            "Employment Agency, the contract must say that it is "
            "agency work, and the same person may be assigned to "
            "the same client for at most 18 consecutive months "
            "unless a collective agreement in the client's "
            "sector allows otherwise. Long-running arrangements "
            "elsewhere can also raise questions about who the "
            "real employer is, so check local rules before you "
            "start. Where you want the provider to manage the "
            "team and own results, consider a [[dedicated-team]] "
            "or [[managed-services]] instead; where you want to "
            "hire a specific person abroad as your own employee, "
            "an [[employer-of-record]].",
        ),
        "example": (
            "A fintech start-up in Berlin adds four senior backend "
            "developers from a Romanian out-staffing provider to its "
            "payments team for nine months. They join the team's "
            "sprints and stand-ups, report to the start-up's "
            "engineering manager, and the provider invoices a "
            "monthly rate per developer.",
            "A fintech start-up in Berlin adds four senior backend "
            "developers from a Romanian out-staffing provider to its "
            "payments team for nine months. They join the team's "
            "sprints and stand-ups, report to the start-up's "
            "engineering manager, and the provider invoices a "
            "monthly rate per developer. Because the developers work "
            "under the start-up's instructions, German law treats "
            "this as agency work: the start-up first checks that the "
            "provider holds a German agency-work licence and that "
            "the contract names the arrangement as agency work, and "
            "nine months stays well within the 18-month limit.",
        ),
    },
    "employee-leasing": {
        "aliases": (
            "PEO\n"
            "professional employer organisation\n"
            "professional employer organization\n"
            "leasing of personnel\n"
            "personnel leasing\n"
            "temporary agency work",
            "leasing of personnel\npersonnel leasing",
        ),
        "definition": (
            "An arrangement in which a separate company is "
            "the formal employer, or co-employer, of people "
            "who work under the client's direction.",
            "A label used for two legally opposite "
            "arrangements: a US professional employer "
            "organisation co-employing a client's existing "
            "staff, or, in much of Europe, an agency "
            "supplying its own workers to a client for a "
            "period.",
        ),
        "key_takeaways": (
            "In the US it usually means a PEO co-employing "
            "your existing staff; in Europe, agency "
            "workers assigned to you.\n"
            "It is a staffing and administration "
            "arrangement, not outsourcing: no result is "
            "handed over.\n"
            "Liability is shared and sometimes unclear; "
            "check the provider's credentials and local "
            "rules.",
            "The term is ambiguous: in the US it usually "
            "means a PEO, in much of Europe temporary "
            "agency work.\n"
            "A PEO shares the employer's duties for staff "
            "you already have; an agency supplies people "
            "who remain its own employees.\n"
            "Ask which one is meant before comparing "
            "offers: the law, the liabilities and what the "
            "fee pays for all differ.",
        ),
        "explanation": (
            "Employee leasing is a label for arrangements in "
            "which **another company is the employer on "
            "paper while your business directs the work**. "
            "It is used in two main senses:\n"
            "\n"
            "- **Professional employer organisations "
            "(PEOs)**, common in the United States: the PEO "
            "becomes a co-employer of your existing staff "
            "and takes over payroll, benefits "
            "administration, employment-tax filings and "
            "parts of HR compliance. The US tax authority "
            "runs a voluntary certification programme for "
            "PEOs (CPEOs), under which the certified PEO is "
            "treated as the employer for federal "
            "employment-tax purposes.\n"
            "- **Leasing of personnel, or temporary agency "
            "work**, the usual meaning in much of Europe: an "
            "agency employs workers and assigns them to work "
            "under your supervision for a period. In the EU, "
            "Directive 2008/104/EC gives agency workers "
            "broadly the same basic working conditions as "
            "comparable direct employees, and national laws "
            "may require licences or limit assignment "
            "length.\n"
            "\n"
            "Either way, no process or result is handed over "
            "and the client keeps day-to-day control, so "
            "this is not [[outsourcing]]. It differs from "
            "[[out-staffing]] in purpose (administration or "
            "flexible labour rather than specialist skills) "
            "and from an [[employer-of-record]] in that a "
            "PEO co-employs staff of a company that already "
            "has its own entity.\n"
            "\n"
            "Firms use it to shed administration, cope with "
            "seasonal demand, or add workers without "
            "long-term commitments. Risks include shared or "
            "unclear liability, provider compliance failures "
            "that still affect you, and equal-treatment or "
            "misclassification claims.",
            "*Employee leasing* is used for two arrangements "
            "that run in opposite directions, and this guide "
            "treats them as separate entries:\n"
            "\n"
            "- "
            "**[[professional-employer-organisation|Professional "
            "employer organisation (PEO)]]**, the usual "
            "meaning in the United States: the business "
            "keeps its own staff, and the PEO becomes their "
            "co-employer, taking over payroll, benefits "
            "administration and employment-tax filings for a "
            "fee usually based on payroll. The workforce is "
            "the client's; what is shared is the employer's "
            "administration and some of its liabilities. The "
            "US tax authority runs a voluntary certification "
            "scheme for PEOs.\n"
            "- **[[temporary-agency-work|Temporary agency "
            'work]]**, the usual meaning of "leasing of '
            'personnel" in much of Europe: an agency employs '
            "its own workers and assigns them to work under "
            "the client's supervision and direction for a "
            "period. EU law (Directive 2008/104/EC) gives "
            "them broadly the same basic working conditions "
            "as the client's own staff, and national laws "
            "may require licences or limit how long one "
            "worker can be assigned.\n"
            "\n"
            "In both cases the client directs the daily work "
            "and no result is handed over, so neither is "
            "[[outsourcing]]. Beyond that they differ in "
            "almost everything: whose people they are, who "
            "recruits them, which rules apply and what the "
            "fee pays for. Related arrangements are "
            "[[out-staffing]], where a provider's "
            "specialists join your team, and an "
            "[[employer-of-record]], where a provider "
            "employs on paper a person you chose in a "
            "country where you have no entity.",
        ),
        "example": (
            "A 40-person US engineering firm joins a certified "
            "PEO: the PEO co-employs the staff, runs payroll and "
            "benefits and files employment taxes, and the "
            "employees get access to the PEO's larger health "
            "plan, while the firm still hires, directs and "
            "manages everyone.",
            "Two offers called 'employee leasing' reach the same "
            "manager: a US provider proposes to co-employ the "
            "firm's 40 existing staff and run their payroll and "
            "benefits (a PEO), while a German agency offers six "
            "of its own warehouse workers for the peak season "
            "(agency work). They solve different problems and "
            "carry different legal duties, so the manager "
            "compares each with its own alternatives.",
        ),
        "fits_when": (
            "- You want to shed employment administration or "
            "offer better benefits as a small firm.\n"
            "- You need flexible workers for seasonal or "
            "uncertain demand.\n"
            "- You will direct the work yourself.",
            "- You need to tell apart offers or documents that "
            "use the same label.\n"
            "- You are deciding between sharing employer "
            "administration (a PEO) and borrowing workers "
            "(agency work).",
        ),
        "not_fits_when": (
            "- You want a provider to deliver a result.\n"
            "- You need specialist skills rather than "
            "administration or general labour.\n"
            "- Local rules make long assignments or "
            "co-employment risky for your case.",
            "- You already know which arrangement is "
            "meant: read its own entry.\n"
            "- You want a provider to deliver a result "
            "(that is outsourcing).",
        ),
    },
    "total-cost-of-ownership": {
        "key_takeaways": (
            "Compare sourcing options on total cost "
            "over several years, not on day rates "
            "or unit prices.\n"
            "Hidden costs include transition, "
            "governance, travel, quality failures, "
            "inventory, risk and the eventual "
            "exit.\n"
            "TCO is a discipline, not a number: "
            "state the assumptions so others can "
            "test them.",
            "Compare sourcing options on total cost "
            "over several years, not on day rates "
            "or unit prices.\n"
            "Hidden costs (transition, governance, "
            "travel, quality failures, inventory, "
            "risk, exit) are routinely "
            "underestimated, most of all when "
            "complex work moves far away.\n"
            "TCO is a discipline, not a number: "
            "state the assumptions so others can "
            "test them.",
        ),
        "explanation": (
            "Total cost of ownership (TCO) counts "
            "**all the costs of an option over its "
            "life**, not just the price. Purchasing "
            "research formalised it as an analysis "
            "approach that adds the costs of "
            "acquiring, using, maintaining and "
            "disposing of what is bought to its "
            "price; Gartner's glossary applies the "
            "same idea to IT assets and services.\n"
            "\n"
            "For sourcing decisions, a TCO comparison "
            "over several years typically includes:\n"
            "\n"
            "- **up-front costs**: provider "
            "selection, contracting, "
            "[[transition-and-knowledge-transfer]], a "
            "captive's entity, premises and hiring;\n"
            "- **running costs**: fees or salaries, "
            "tools, premises, travel and "
            "communication;\n"
            "- **management costs**: the "
            "[[retained-organisation]], governance "
            "meetings, audits;\n"
            "- **quality and risk costs**: rework, "
            "delays, inventory in transit, currency "
            "and political risk, business "
            "disruption;\n"
            "- **exit costs**: notice periods, exit "
            "assistance, re-transition and "
            "[[vendor-lock-in]] premiums.\n"
            "\n"
            "Offshoring and reshoring debates are "
            "where TCO matters most. The Reshoring "
            "Initiative built its free TCO Estimator "
            "because comparisons based on the "
            "ex-works price alone were hiding "
            "freight, duties, inventory, quality, "
            "travel and risk; supply-chain "
            "researchers have made the same point "
            "about location decisions. Outsourcing "
            "surveys show that cost is one objective "
            "among several: a TCO model does not "
            "replace judgement about quality, skills "
            "or control, but it stops the cheapest "
            "rate from looking like the cheapest "
            "option.",
            "Total cost of ownership (TCO) counts "
            "**all the costs of an option over its "
            "life**, not just the price. Purchasing "
            "research formalised it as an analysis "
            "approach that adds the costs of "
            "acquiring, using, maintaining and "
            "disposing of what is bought to its "
            "price; Gartner's glossary applies the "
            "same idea to IT assets and services.\n"
            "\n"
            "For sourcing decisions, a TCO comparison "
            "over several years typically includes:\n"
            "\n"
            "- **up-front costs**: provider "
            "selection, contracting, "
            "[[transition-and-knowledge-transfer]], a "
            "captive's entity, premises and hiring;\n"
            "- **running costs**: fees or salaries, "
            "tools, premises, travel and "
            "communication;\n"
            "- **management costs**: the "
            "[[retained-organisation]], governance "
            "meetings, audits;\n"
            "- **quality and risk costs**: rework, "
            "delays, inventory in transit, currency "
            "and political risk, business "
            "disruption;\n"
            "- **exit costs**: notice periods, exit "
            "assistance, re-transition and "
            "[[vendor-lock-in]] premiums.\n"
            "\n"
            "**Hidden costs are underestimated, not "
            "just forgotten.** Research on services "
            "offshoring by Larsen, Manning and "
            "Pedersen (2013), using Offshoring "
            "Research Network survey data, treats "
            "hidden costs as the costs of "
            "implementation that are left out of the "
            "decision, and found that decision makers "
            "were more likely to misjudge the costs "
            "as the work moved, and its organisation "
            "across locations, grew more complex; "
            "experience and deliberate attention to "
            "organisational design reduced the "
            "errors. A TCO model should therefore "
            "carry an explicit allowance for them, "
            "largest for a first or complex move.\n"
            "\n"
            "Offshoring and reshoring debates are "
            "where TCO matters most. The Reshoring "
            "Initiative built its free TCO Estimator "
            "because comparisons based on the "
            "ex-works price alone were hiding "
            "freight, duties, inventory, quality, "
            "travel and risk; supply-chain "
            "researchers have made the same point "
            "about location decisions. Outsourcing "
            "surveys show that cost is one objective "
            "among several: a TCO model does not "
            "replace judgement about quality, skills "
            "or control, but it stops the cheapest "
            "rate from looking like the cheapest "
            "option.",
        ),
    },
    "transfer-of-undertakings": {
        "definition": (
            "The EU and UK rules under which "
            "employees assigned to an activity that "
            "moves to a new employer, for example on "
            "outsourcing, transfer automatically with "
            "their existing terms of employment.",
            "The EU and UK rules under which "
            "employees keep their jobs and terms when "
            "the business or activity they work in "
            "passes to a new employer, applied in the "
            "UK to most outsourcing and re-tendering "
            "but in the EU only where an economic "
            "entity keeps its identity.",
        ),
        "key_takeaways": (
            "In the EU and UK, outsourcing, "
            "changing provider or insourcing can "
            "transfer the staff with the work, by "
            "law.\n"
            "Terms and conditions move with them, "
            "and dismissal because of the transfer "
            "is not allowed.\n"
            "It shapes the cost, timing and "
            "consultation duties of many sourcing "
            "changes; check it early.",
            "In the UK, outsourcing, re-tendering "
            "or insourcing a service usually moves "
            "the dedicated staff with it, by law "
            "(a 'service provision change').\n"
            "Under the EU directive a change of "
            "contractor alone is not a transfer: "
            "staff move only if significant assets "
            "or most of the workforce are taken "
            "over (Süzen).\n"
            "Where the rules apply, terms move "
            "with the staff and dismissal because "
            "of the transfer is not allowed; check "
            "them early, country by country.",
        ),
        "explanation": (
            "The EU's Acquired Rights Directive "
            "(2001/23/EC) protects employees when "
            "the business or activity they work in "
            "**moves to a new employer**. Their "
            "employment contracts, with existing "
            "terms and conditions, transfer "
            "automatically to the new employer; "
            "dismissals because of the transfer are "
            "prohibited (with limited exceptions for "
            "economic, technical or organisational "
            "reasons); and both employers must "
            "inform and consult employee "
            "representatives. The UK implements the "
            "rules as TUPE, whose 2006 regulations "
            'also expressly cover "service provision '
            'changes": outsourcing, changing '
            "provider and bringing work back "
            "in-house.\n"
            "\n"
            "For sourcing decisions this matters a "
            "great deal. A new provider may have to "
            "take over the staff who did the work, "
            "with their pay, and a client that takes "
            "work back ([[backsourcing]]) may have "
            "to take the provider's staff dedicated "
            "to it. Pensions, consultation "
            "timetables and liabilities all need to "
            "be covered in the contract and the "
            "[[transition-and-knowledge-transfer]] "
            "plan.\n"
            "\n"
            "Whether the rules apply depends on the "
            "facts (broadly, whether an organised "
            "grouping of staff or an economic entity "
            "moves and keeps its identity), and on "
            "national law; moving work to another "
            "country raises further questions. Take "
            "legal advice early.",
            "The EU's Acquired Rights Directive "
            "(2001/23/EC) protects employees when "
            "the business or activity they work in "
            "**moves to a new employer**. Where it "
            "applies, their employment contracts, "
            "with existing terms and conditions, "
            "transfer automatically to the new "
            "employer; dismissals because of the "
            "transfer are prohibited (with limited "
            "exceptions for economic, technical or "
            "organisational reasons); and both "
            "employers must inform and consult "
            "employee representatives.\n"
            "\n"
            "**Whether outsourcing triggers it "
            "depends on the country.** Under the "
            "directive the test is whether an "
            "economic entity, an organised grouping "
            "of people and assets, keeps its "
            "identity after the change. In *Süzen* "
            "(C-13/95, 1997) the Court of Justice "
            "held that a client moving a service "
            "contract from one contractor to another "
            "is not, by that fact alone, such a "
            "transfer: the directive does not apply "
            "unless significant tangible or "
            "intangible assets pass over, or the new "
            "contractor takes on a major part of the "
            "workforce, in numbers and skills, that "
            "its predecessor had assigned to the "
            "contract. In services that rest mainly "
            "on people, taking over most of the "
            "staff can itself make it a transfer.\n"
            "\n"
            "The UK goes further. Its TUPE "
            "Regulations 2006 also cover **service "
            "provision changes** (regulation "
            "3(1)(b)): contracting a service out for "
            "the first time, moving it to a new "
            "contractor and bringing it back "
            "in-house, where an organised grouping "
            "of employees in Great Britain has "
            "carrying out those activities for the "
            "client as its principal purpose "
            "(one-off tasks and the mere supply of "
            "goods are excluded). So in the UK the "
            "staff dedicated to an outsourced "
            "service usually move with it; elsewhere "
            "in Europe the answer turns on the facts "
            "and on national law.\n"
            "\n"
            "For sourcing decisions this matters a "
            "great deal. A new provider may have to "
            "take over the staff who did the work, "
            "with their pay, and a client that takes "
            "work back ([[backsourcing]]) may have "
            "to take the provider's staff dedicated "
            "to it. Pensions, consultation "
            "timetables and liabilities all need to "
            "be covered in the contract and the "
            "[[transition-and-knowledge-transfer]] "
            "plan.\n"
            "\n"
            "Moving work to another country raises "
            "further questions. Take legal advice "
            "early.",
        ),
        "fits_when": (
            "- Work moves between employers in the EU "
            "or UK: outsourcing, re-tendering or "
            "insourcing.\n"
            "- An organised team is dedicated to the "
            "activity that moves.",
            "- Work moves between employers in the UK: "
            "outsourcing, re-tendering or insourcing "
            "of a service.\n"
            "- In the EU, significant assets or a "
            "major part of the staff pass to the new "
            "employer with the work.\n"
            "- An organised team is dedicated to the "
            "activity that moves.",
        ),
        "not_fits_when": (
            "- No organised group of staff is "
            "dedicated to the activity.\n"
            "- Only assets or a one-off task are "
            "bought, with no change of who employs "
            "the workforce.\n"
            "- The jurisdiction has no equivalent "
            "rules (check local law).",
            "- No organised group of staff is "
            "dedicated to the activity.\n"
            "- In the EU, only the contract "
            "changes hands: the new contractor "
            "takes over neither significant assets "
            "nor most of the staff.\n"
            "- Only assets or a one-off task are "
            "bought, with no change of who employs "
            "the workforce.\n"
            "- The jurisdiction has no equivalent "
            "rules (check local law).",
        ),
    },
}

VALUES = {
    "employee-leasing": {
        "basic-definition": (
            "An arrangement in which a separate company "
            "is the formal employer, or co-employer, of "
            "people who work under the client's "
            "direction.",
            "A label for two opposite arrangements: a "
            "US PEO co-employing your own staff, or an "
            "agency in Europe supplying its own "
            "workers.",
        ),
        "meaning": (
            "In the US, a PEO co-employs your staff and runs "
            "payroll, benefits and HR compliance; in Europe it "
            "usually means agency workers assigned to you.",
            "Ask which is meant: with a PEO your existing staff "
            "gain a co-employer that runs payroll and benefits; "
            "with agency work an agency's workers join you for a "
            "period.",
        ),
        "who-does-the-work": (
            "People employed by the leasing company or PEO, directed by the client.",
            "With a PEO, your own existing staff; with "
            "agency work, the agency's employees, "
            "directed by you.",
        ),
        "drivers": (
            "Administrative burden for small firms, seasonal or "
            "uncertain demand, and a wish for access to benefits "
            "or flexible staffing.",
            "For a PEO, employment administration and benefits "
            "for a small firm; for agency work, extra or "
            "seasonal workers without hiring.",
        ),
        "benefits": (
            "Less HR and payroll administration, flexible "
            "headcount and, with a PEO, access to group benefit "
            "plans.",
            "For a PEO, less HR and payroll work and access to "
            "group benefit plans; for agency work, flexible "
            "headcount at short notice.",
        ),
        "primary-goal": (
            "To obtain or administer staff flexibly without "
            "carrying all of the employer's duties alone.",
            "Depends on the meaning: to share the "
            "employer's administration (PEO) or to obtain "
            "workers for a period (agency work).",
        ),
        "risks": (
            "Shared or unclear liability, compliance failures by "
            "the provider, equal-treatment and misclassification "
            "claims, and local licensing rules.",
            "Mistaking one arrangement for the other; shared or "
            "unclear liability with a PEO; equal-treatment, "
            "licensing and assignment-length rules with agency "
            "work.",
        ),
        "control": (
            "High over the daily work; employment administration "
            "sits with the provider.",
            "High over the daily work in both; employment "
            "administration sits with the provider.",
        ),
        "cost-profile": (
            "Wages plus a provider fee, usually a "
            "percentage of payroll or a charge per "
            "employee.",
            "For a PEO, a fee usually based on payroll; for "
            "agency work, a rate per worker that includes "
            "the agency's margin.",
        ),
        "time-to-set-up": ("Usually weeks.", "Usually weeks for either."),
    },
    "transfer-of-undertakings": {
        "basic-definition": (
            "EU and UK rules under which staff "
            "transfer automatically with an "
            "activity that moves to a new "
            "employer.",
            "EU and UK rules under which staff "
            "keep their jobs and terms when the "
            "activity they work in passes to a "
            "new employer.",
        ),
        "location": (
            "Applies within the EU and UK; cross-border moves raise further questions.",
            "Applies within the EU and UK: the UK "
            "covers most changes of service provider, "
            "the EU only those where assets or most of "
            "the staff pass over; cross-border moves "
            "raise further questions.",
        ),
    },
}

SOURCES = {
    "outsourcing": [
        (
            "update",
            (
                "Outsourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Outsourcing",
                "tertiary",
            ),
            (
                "Outsourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Outsourcing",
                "tertiary",
            ),
        ),
        (
            "update",
            (
                "Outsourcing: a continual work in progress (findings of the 2012 "
                "Global Outsourcing and Insourcing Survey)",
                "Deloitte",
                2013,
                "https://capitalhblog.deloitte.com/2013/02/14/outsourcing-a-continual-work-in-progress-2/",
                "primary",
            ),
            (
                "Outsourcing, today and tomorrow: insights from Deloitte's 2012 "
                "global outsourcing and insourcing survey",
                "Deloitte Development LLC",
                2012,
                "https://fr.scribd.com/document/297394516/Insights-From-Deloitte-s-2012-Outsourcing-and-Insourcing-Survey",
                "primary",
            ),
        ),
    ],
    "insourcing": [
        (
            "update",
            (
                "Insourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Insourcing",
                "tertiary",
            ),
            (
                "Insourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Insourcing",
                "tertiary",
            ),
        )
    ],
    "in-house": [
        (
            "update",
            (
                "Make-or-buy decision (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Make-or-buy_decision",
                "tertiary",
            ),
            (
                "Make-or-buy decision (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Make-or-buy_decision",
                "tertiary",
            ),
        )
    ],
    "backsourcing": [
        (
            "add",
            None,
            (
                "Whitten, Chakrabarty and Wakefield, The strategic choice to "
                "continue outsourcing, switch vendors, or backsource: do switching "
                "costs matter?",
                "Information & Management",
                2010,
                "https://doi.org/10.1016/j.im.2010.01.006",
                "primary",
            ),
        )
    ],
    "captive-centre": [
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global value "
                "chains (Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        )
    ],
    "captive-offshore-centre": [
        (
            "update",
            (
                "Offshoring (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Offshoring",
                "tertiary",
            ),
            (
                "Offshoring (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Offshoring",
                "tertiary",
            ),
        ),
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global "
                "value chains (Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        ),
    ],
    "shared-services-centre": [
        (
            "update",
            (
                "Shared services (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Shared_services",
                "tertiary",
            ),
            (
                "Shared services (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Shared_services",
                "tertiary",
            ),
        )
    ],
    "offshoring": [
        (
            "update",
            (
                "Offshoring (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Offshoring",
                "tertiary",
            ),
            (
                "Offshoring (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Offshoring",
                "tertiary",
            ),
        ),
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global value chains "
                "(Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        ),
    ],
    "onshoring": [
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global value chains "
                "(Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        )
    ],
    "domestic-outsourcing": [
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global "
                "value chains (Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        )
    ],
    "nearshoring": [
        (
            "update",
            (
                "Nearshoring (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Nearshoring",
                "tertiary",
            ),
            (
                "Nearshoring (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Nearshoring",
                "tertiary",
            ),
        )
    ],
    "nearshore-outsourcing": [
        (
            "update",
            (
                "International sourcing: experimental statistics",
                "Eurostat",
                None,
                "https://ec.europa.eu/eurostat/web/experimental-statistics/international-sourcing",
                "primary",
            ),
            (
                "International sourcing, business functions and global "
                "value chains (Statistics Explained)",
                "Eurostat",
                2022,
                "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
                "primary",
            ),
        )
    ],
    "offshore-outsourcing": [
        (
            "update",
            (
                "Outsourcing: a continual work in progress (findings of "
                "the 2012 Global Outsourcing and Insourcing Survey)",
                "Deloitte",
                2013,
                "https://capitalhblog.deloitte.com/2013/02/14/outsourcing-a-continual-work-in-progress-2/",
                "primary",
            ),
            (
                "Outsourcing, today and tomorrow: insights from Deloitte's "
                "2012 global outsourcing and insourcing survey",
                "Deloitte Development LLC",
                2012,
                "https://fr.scribd.com/document/297394516/Insights-From-Deloitte-s-2012-Outsourcing-and-Insourcing-Survey",
                "primary",
            ),
        )
    ],
    "reshoring": [
        (
            "update",
            (
                "Reshoring Initiative data reports",
                "Reshoring Initiative",
                None,
                "https://reshorenow.org/recent-data/",
                "primary",
            ),
            (
                "Reshoring Initiative data reports",
                "Reshoring Initiative",
                2026,
                "https://reshorenow.org/recent-data/",
                "primary",
            ),
        ),
        (
            "update",
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                None,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                2026,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
        ),
    ],
    "friendshoring": [
        (
            "update",
            (
                "Friendshoring (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Friendshoring",
                "tertiary",
            ),
            (
                "Friendshoring (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Friendshoring",
                "tertiary",
            ),
        )
    ],
    "rightshoring": [
        (
            "update",
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                None,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                2026,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
        )
    ],
    "bpo": [
        (
            "update",
            (
                "Business process outsourcing (BPO), Gartner IT Glossary",
                "Gartner",
                None,
                "https://www.gartner.com/en/information-technology/glossary/business-process-outsourcing-bpo",
                "primary",
            ),
            (
                "Business process outsourcing (BPO), Gartner IT Glossary",
                "Gartner",
                2026,
                "https://www.gartner.com/en/information-technology/glossary/business-process-outsourcing-bpo",
                "primary",
            ),
        ),
        (
            "update",
            (
                "Business process outsourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Business_process_outsourcing",
                "tertiary",
            ),
            (
                "Business process outsourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Business_process_outsourcing",
                "tertiary",
            ),
        ),
    ],
    "kpo": [
        (
            "update",
            (
                "Knowledge process outsourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Knowledge_process_outsourcing",
                "tertiary",
            ),
            (
                "Knowledge process outsourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Knowledge_process_outsourcing",
                "tertiary",
            ),
        )
    ],
    "ito": [
        (
            "update",
            (
                "Outsourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Outsourcing",
                "tertiary",
            ),
            (
                "Outsourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Outsourcing",
                "tertiary",
            ),
        )
    ],
    "managed-services": [
        (
            "update",
            (
                "Management service provider (MSP), Gartner IT Glossary",
                "Gartner",
                None,
                "https://www.gartner.com/en/information-technology/glossary/msp-management-service-provider",
                "primary",
            ),
            (
                "Directive (EU) 2022/2555 (NIS2 Directive): Article 6 on "
                "definitions, Annex I on ICT service management",
                "EUR-Lex (Official Journal of the European Union)",
                2022,
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022L2555",
                "primary",
            ),
        )
    ],
    "out-staffing": [
        (
            "add",
            None,
            (
                "Arbeitnehmerüberlassungsgesetz (AÜG, German Temporary Agency Work "
                "Act), as amended from 1 April 2017",
                "gesetze-im-internet.de (Federal Ministry of Justice, Germany)",
                2017,
                "https://www.gesetze-im-internet.de/a_g/",
                "primary",
            ),
        )
    ],
    "employee-leasing": [
        (
            "update",
            (
                "Certified Professional Employer Organization",
                "Internal Revenue Service (United States)",
                None,
                "https://www.irs.gov/tax-professionals/certified-professional-employer-organization",
                "primary",
            ),
            (
                "Certified Professional Employer Organization",
                "Internal Revenue Service (United States)",
                2026,
                "https://www.irs.gov/tax-professionals/certified-professional-employer-organization",
                "primary",
            ),
        ),
        (
            "delete",
            (
                "Professional employer organization (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Professional_employer_organization",
                "tertiary",
            ),
            None,
        ),
    ],
    "multisourcing": [
        (
            "update",
            (
                "Multisourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Multisourcing",
                "tertiary",
            ),
            (
                "Multisourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Multisourcing",
                "tertiary",
            ),
        )
    ],
    "follow-the-sun": [
        (
            "update",
            (
                "Follow-the-sun (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Follow-the-sun",
                "tertiary",
            ),
            (
                "Follow-the-sun (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Follow-the-sun",
                "tertiary",
            ),
        )
    ],
    "gain-sharing": [
        (
            "update",
            (
                "Vested outsourcing (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Vested_outsourcing",
                "tertiary",
            ),
            (
                "Vested outsourcing (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Vested_outsourcing",
                "tertiary",
            ),
        ),
        (
            "update",
            (
                "How to measure gain-sharing in an outsourcing relationship: a "
                "case study in information technology environment",
                "Revista Contabilidade & Finanças (University of São Paulo), on SciELO",
                None,
                "https://www.scielo.br/j/rcf/a/R6xxnGDnYmYBnLYpfvbLbtv/",
                "primary",
            ),
            (
                "Agrawal, Guerreiro and Pereira, How to measure gain-sharing in an "
                "outsourcing relationship: a case study in information technology "
                "environment",
                "Revista Contabilidade & Finanças (University of São Paulo)",
                2005,
                "https://doi.org/10.1590/S1519-70772005000200008",
                "primary",
            ),
        ),
    ],
    "uberization": [
        (
            "update",
            (
                "Gig economy (Wikipedia)",
                "Wikipedia",
                None,
                "https://en.wikipedia.org/wiki/Gig_economy",
                "tertiary",
            ),
            (
                "Gig economy (Wikipedia)",
                "Wikipedia",
                2026,
                "https://en.wikipedia.org/wiki/Gig_economy",
                "tertiary",
            ),
        )
    ],
    "service-level-agreement": [
        (
            "update",
            (
                "Service-level agreement (SLA), Gartner IT Glossary",
                "Gartner",
                None,
                "https://www.gartner.com/en/information-technology/glossary/sla-service-level-agreement",
                "primary",
            ),
            (
                "Service-level agreement (SLA), Gartner IT Glossary",
                "Gartner",
                2026,
                "https://www.gartner.com/en/information-technology/glossary/sla-service-level-agreement",
                "primary",
            ),
        )
    ],
    "total-cost-of-ownership": [
        (
            "update",
            (
                "Total cost of ownership (TCO), Gartner IT Glossary",
                "Gartner",
                None,
                "https://www.gartner.com/en/information-technology/glossary/total-cost-of-ownership-tco",
                "primary",
            ),
            (
                "Total cost of ownership (TCO), Gartner IT Glossary",
                "Gartner",
                2026,
                "https://www.gartner.com/en/information-technology/glossary/total-cost-of-ownership-tco",
                "primary",
            ),
        ),
        (
            "update",
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                None,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
            (
                "Total Cost of Ownership Estimator",
                "Reshoring Initiative",
                2026,
                "https://www.reshorenow.org/tco-estimator/",
                "primary",
            ),
        ),
        (
            "add",
            None,
            (
                "Larsen, Manning and Pedersen, Uncovering the hidden "
                "costs of offshoring: the interplay of complexity, "
                "organizational design, and experience",
                "Strategic Management Journal",
                2013,
                "https://doi.org/10.1002/smj.2023",
                "primary",
            ),
        ),
    ],
    "transfer-of-undertakings": [
        (
            "add",
            None,
            (
                "Judgment of the Court of 11 March 1997, Süzen v "
                "Zehnacker Gebäudereinigung, Case C-13/95",
                "EUR-Lex (Court of Justice of the European Union)",
                1997,
                "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61995CJ0013",
                "primary",
            ),
        )
    ],
}


def _row(values):
    return dict(zip(SOURCE_FIELDS, values, strict=True))


def _correct_fields(term, corrections):
    changed = []
    for field, (old, new) in corrections.items():
        if getattr(term, field) == old:
            setattr(term, field, new)
            changed.append(field)
    return changed


def _correct_values(apps, term, corrections):
    DimensionValue = apps.get_model("glossary", "DimensionValue")
    return sum(
        DimensionValue.objects.filter(
            term=term, dimension__slug=dimension, value=old
        ).update(value=new)
        for dimension, (old, new) in corrections.items()
    )


def _correct_sources(apps, term, operations):
    Source = apps.get_model("glossary", "Source")
    done = 0
    for action, old, new in operations:
        rows = term.sources.all()
        if action == "update":
            done += rows.filter(**_row(old)).update(**_row(new))
        elif action == "delete":
            done += rows.filter(**_row(old)).delete()[0]
        elif not rows.filter(url=new[3]).exists():
            last = rows.order_by("-order").values_list("order", flat=True).first()
            Source.objects.create(term=term, order=(last or 0) + 1, **_row(new))
            done += 1
    return done


def forwards(apps, schema_editor):
    Term = apps.get_model("glossary", "Term")
    slugs = set(TERM_FIELDS) | set(VALUES) | set(SOURCES)
    for term in Term.objects.filter(slug__in=slugs):
        changed = _correct_fields(term, TERM_FIELDS.get(term.slug, {}))
        corrected = bool(changed)
        corrected |= bool(_correct_values(apps, term, VALUES.get(term.slug, {})))
        corrected |= bool(_correct_sources(apps, term, SOURCES.get(term.slug, [])))
        if corrected and term.last_reviewed == OLD_REVIEWED:
            term.last_reviewed = NEW_REVIEWED
            changed.append("last_reviewed")
        if changed:
            term.save(update_fields=[*changed, "updated_at"])


class Migration(migrations.Migration):
    dependencies = [("glossary", "0007_search_columns")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
