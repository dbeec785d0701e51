"""Session 11, roots 10-20 (owner lexB): forms of wire copy that no pattern read, or read with the wrong code.

Security forces "neutralizing" militants (Anadolu's word for killed, captured or made to surrender: 190), a
retaliation promised with no threatening verb ("said it would retaliate": 130; one told as done is coded by
the act it took), a protest or a lawsuit held over someone until they give way ("will march on the council
offices unless ...": a threat of dissent 133, "would take X to court if ...": 130; a strike called for a
date stays the strike), a march on a council or an administration building (141), someone taken into
custody (173), a criminal case registered by the police (173, not a lawsuit) and military cooperation
suspended or ended (16, not a ceasefire); round two: protesters forced back or tear gas lobbed at them (175),
an office holder stripped of immunity (172), a motion of no confidence passed in a leader (172), a strike kept up
(143, not an offensive), a court suspending a strike (172, not the strikers easing their
dissent), sanctions approved or unveiled (163, not an endorsement) and a population driven across a border
(201); a threat told in a participle after another act ("demanded ..., warning that it would fill the streets")
is a threat of its own, not the content of the demand or a detail of it (a participial warning of a danger
stays out); police clashing with a crowd of protesters (175, not a battle 190); a court ordering someone jailed or
detained (173, not a demand). The sentences are written for these tests, with actors, places and
circumstances of their own. ``_NOT`` lists readings that must not fire.
"""

from __future__ import annotations

from .form_checks import form_tests

PUB = "2024-03-01"

_FORMS = [
    # Anadolu's "neutralized": root 19
    ("Turkish commandos neutralized four PKK militants near the Iraqi frontier on Tuesday.", "190",
     "neutralize_militants", "TURMIL", "TURREB"),
    ("Turkish security forces have neutralised three terrorists of the PKK in Sirnak province.", "190",
     "neutralize_militants", "TURMIL", "TURREB"),
    # a retaliation promised is a threat
    ("Estonia expelled a Russian consul on Monday, and Moscow promptly said it would retaliate.", "130",
     "promised_retaliation", "RUSGOV", "EST"),
    ("The Iranian foreign ministry said Tehran would retaliate against any Israeli strike.", "130",
     "promised_retaliation", "IRNGOV", "ISR"),
    # a protest held over the government until it gives way: threat of dissent 133
    ("Kenyan teachers said they would march on the county offices on Friday unless their salaries were paid.",
     "133", "march_on", "KENEDU", "KENGOV"),
    ("Nigerian unions will strike on Monday unless the government reverses the petrol price rise.", "133",
     "strike_labour", "NGALAB", "NGAGOV"),
    # a march on a council or an administration building
    ("Hundreds of Kyrgyz farmers marched on the regional administration building in Osh on Monday.", "141",
     "march_on", "KGZAGR", "KGZGOV"),
    # taken into custody
    ("Sudanese troops took the civilian prime minister into custody before dawn.", "173", "take_into_custody",
     "SDNMIL", "SDNGOV"),
    # a criminal case registered by police
    ("Police in Lucknow registered a case against the opposition lawmaker for inciting a riot.", "173",
     "register_criminal_case", "INDCOP", "INDLEG"),
    # military cooperation suspended: relations reduced
    ("Berlin suspended joint military operations with the Malian army after the coup.", "16",
     "suspend_military_cooperation", "DEUGOV", "MLIMIL"),
    # protesters forced back, tear gas lobbed at them
    ("Bolivian riot police forced back anti-government protesters from the presidential palace in La Paz.", "175",
     "disperse_protest_by_force", "BOLCOP", "BOLCVL"),
    ("Police in Nakuru lobbed teargas canisters at Kenyan opposition supporters on Tuesday.", "175",
     "fire_at_protesters", "KENCOP", "KENOPP"),
    # stripped of immunity, motion of no confidence passed: removal by another body
    ("Ecuador's National Assembly stripped the former interior minister of his immunity on Wednesday.", "172",
     "strip_immunity", "ECULEG", "ECUELI"),
    ("Pakistan's National Assembly passed a motion of no confidence in the prime minister on Sunday.", "172",
     "pass_no_confidence", "PAKLEG", "PAKGOV"),
    # a strike kept up
    ("Striking Nigerian resident doctors pressed ahead with their strike on Tuesday.", "143", "continue_strike",
     "NGAHLH", "NGAGOV"),
    # a court suspending a strike
    ("A Nigerian industrial court suspended the doctors' strike on Wednesday.", "172", "court_suspends_strike",
     "NGAJUD", "NGAHLH"),
    # sanctions approved or unveiled
    ("Foreign ministers of the European Union approved fresh sanctions against Iranian officials on Tuesday.", "163",
     "approve_sanctions_against", "IGOEUR", "IRNGOV"),
    ("The British government unveiled sanctions on three Russian banks on Friday.", "163", "approve_sanctions_on",
     "GBRGOV", "RUSBUS"),
    # a population driven across a border
    ("Myanmar's army drove thousands of Karen villagers across the border last week.", "201",
     "drive_across_border", "MMRMIL", "MMRCVL"),
    # a participial threat beside a demand
    ("Senegal's opposition demanded a new electoral roll, warning that it would fill the streets of Dakar if the "
     "vote went ahead.", "13", "threaten_verb", "SENOPP", "SENGOV"),
    # police clashing with a crowd
    ("Bolivian riot police clashed with hundreds of striking teachers in La Paz.", "175",
     "police_clash_with_crowd", "BOLCOP", "BOLEDU"),
    # a court ordering someone detained
    ("A Turkish court ordered the journalist detained pending trial.", "173", "court_orders_detention",
     "TURJUD", "TURMED"),
]

_NOT = [
    # a retaliation told as done is coded by the act it took, no threat
    ("Ottawa retaliated on Tuesday by expelling four Indian envoys.", "13"),
    # a strike called for a date is the strike, no threat
    ("Nigerian unions will strike on Monday over the petrol price rise.", "13"),
    # a bomb neutralized is no act of force
    ("Turkish bomb disposal experts neutralized the device outside the Ankara courthouse.", "19"),
    # jets pressing on with strikes: no labour strike
    ("Russian warplanes pressed on with strikes on rebel towns in Idlib.", "14"),
    # strikers suspending their own strike ease their dissent: no court act
    ("The Nigerian doctors' association suspended its strike on Monday.", "17"),
    # a motion only filed removes nobody
    ("Lawmakers in Islamabad tabled a motion of no confidence in the prime minister.", "17"),
    # approving a trade deal is no sanction
    ("The African Union's ministers endorsed the free trade pact with the Caribbean states on Monday.", "16"),
    # a participial warning of a danger is no threat
    ("The Ghanaian opposition condemned the mining deal, warning that earlier deals had only enriched foreign "
     "firms.", "13"),
    # soldiers clashing with guerrillas fight a battle
    ("Colombian troops clashed with FARC dissidents near the Venezuelan border.", "17"),
]

test_general_form, test_form_does_not_fire = form_tests(_FORMS, _NOT, PUB)
