# Article texts of the bundled demo corpus (resources/demo/libya-2019-2021.json).
# Written for Entente; the outlets are invented. Paragraphs are joined with a blank line.

ARTICLES = [
    {
        "id": "a01-offensive",
        "title": "Haftar's forces march on Tripoli as UN chief visits",
        "source": "Mediterranean Monitor",
        "published": "2019-04-05",
        "language": "en",
        "paragraphs": [
            "Forces of the Libyan National Army (LNA), commanded by Khalifa Haftar, launched an "
            "offensive towards Tripoli on 4 April 2019. The advance came from the south and aimed "
            "at the seat of the Government of National Accord (GNA), the administration that the "
            "United Nations recognises as Libya's legitimate government. The GNA's prime minister, "
            "Fayez al-Sarraj, ordered the forces loyal to his government to resist the attack.",
            "The LNA is based in the east, around Benghazi, and draws its political cover from the "
            "House of Representatives, the parliament that sits in Tobruk. Haftar has never "
            "accepted the authority of the Tripoli government.",
            "The timing stunned diplomats. UN Secretary-General António Guterres was in Libya to "
            "prepare a national conference, and on 5 April he met Haftar in Benghazi. He left "
            "saying that he was deeply worried and had a heavy heart, having failed to persuade "
            "the commander to halt the advance.",
            "Residents of the southern districts of Tripoli reported artillery fire through the "
            "night. Analysts said the assault had ended, for now, a UN-led effort to bring the "
            "rival camps to a single table.",
        ],
        "mentions": [
            ("Libyan National Army", "actor", "LNA"), ("LNA", "actor", "LNA"),
            ("Khalifa Haftar", "actor", "haftar"), ("Haftar", "actor", "haftar"),
            ("Tripoli", "place", "tripoli"),
            ("Government of National Accord", "actor", "GNA"), ("GNA", "actor", "GNA"),
            ("United Nations", "actor", "UN"), ("UN", "actor", "UN"),
            ("Libya", "place", "libya"),
            ("Fayez al-Sarraj", "actor", "sarraj"), ("Benghazi", "place", "benghazi"),
            ("House of Representatives", "actor", "HoR"), ("Tobruk", "place", "tobruk"),
            ("António Guterres", "actor", "guterres"),
        ],
    },
    {
        "id": "a02-gharyan",
        "title": "Missiles left in Gharyan put Haftar's foreign friends in the spotlight",
        "source": "Sahara Ledger",
        "published": "2019-07-12",
        "language": "en",
        "paragraphs": [
            "Forces allied to the Government of National Accord recaptured Gharyan, the LNA's main "
            "supply hub south of Tripoli, on 26 June 2019. It was the heaviest setback for Khalifa "
            "Haftar since his offensive began in April.",
            "Among the equipment the LNA left behind were four anti-tank missiles of American make. "
            "France said on 10 July that the weapons had belonged to its own forces, that they were "
            "damaged and unusable, and that they had been kept only to protect a French unit "
            "deployed for counter-terrorism work. Paris insists that it has not broken the UN arms "
            "embargo and that it backs no side. Its diplomacy, however, has often been read as "
            "friendly to Haftar.",
            "Other backers are less discreet. Egypt's president, Abdel Fattah al-Sisi, received "
            "Haftar in Cairo on 14 April, ten days into the offensive, and Egyptian officials "
            "describe the LNA as a partner against militant groups. The United Arab Emirates is "
            "widely reported to have supplied the LNA with armed drones, a charge that a UN panel "
            "of experts has been examining.",
            "In Tripoli, government officials called the discovery proof of foreign interference.",
        ],
        "mentions": [
            ("Government of National Accord", "actor", "GNA"), ("Gharyan", "place", "gharyan"),
            ("LNA", "actor", "LNA"), ("Tripoli", "place", "tripoli"),
            ("Khalifa Haftar", "actor", "haftar"), ("Haftar", "actor", "haftar"),
            ("France", "actor", "FRA"), ("Paris", "place", "paris"), ("UN", "actor", "UN"),
            ("Egypt", "actor", "EGY"), ("Abdel Fattah al-Sisi", "actor", "sisi"),
            ("Cairo", "place", "cairo"), ("United Arab Emirates", "actor", "ARE"),
        ],
    },
    {
        "id": "a03-memoranda",
        "title": "Ankara and Tripoli bind themselves with two memoranda",
        "source": "Bosphorus Bulletin",
        "published": "2019-12-28",
        "language": "en",
        "paragraphs": [
            "Turkish President Recep Tayyip Erdoğan and Fayez al-Sarraj, head of Libya's "
            "Government of National Accord, signed two memoranda of understanding in Istanbul on "
            "27 November 2019. The first covers security and military cooperation; the second "
            "draws a maritime boundary between the two countries across the eastern Mediterranean.",
            "The maritime text drew protests from Greece, Cyprus and Egypt, which say it ignores "
            "their own claims. In Tobruk, the House of Representatives rejected both memoranda and "
            "called them void.",
            "Turkey had already been helping the GNA hold the line around Tripoli. Throughout "
            "2019, armed drones supplied by Turkey flew from the capital's airports, while drones "
            "attributed to the Emirates flew for the LNA. Ankara presents its help as support for "
            "a government recognised by the United Nations.",
            "The other side has foreign helpers too. Since September, Libyan and Western officials "
            "have reported that Russian contractors of the Wagner Group are fighting alongside the "
            "LNA on the southern edge of Tripoli. Moscow denies sending anyone.",
            "In December the GNA formally asked Ankara for military support, and Erdoğan told "
            "reporters that Turkey would answer the request.",
        ],
        "mentions": [
            ("Recep Tayyip Erdoğan", "actor", "erdogan"), ("Erdoğan", "actor", "erdogan"),
            ("Fayez al-Sarraj", "actor", "sarraj"), ("Libya", "place", "libya"),
            ("Government of National Accord", "actor", "GNA"), ("GNA", "actor", "GNA"),
            ("Istanbul", "place", "istanbul"), ("Egypt", "actor", "EGY"),
            ("Tobruk", "place", "tobruk"), ("House of Representatives", "actor", "HoR"),
            ("Turkey", "actor", "TUR"), ("Tripoli", "place", "tripoli"),
            ("Emirates", "actor", "ARE"), ("LNA", "actor", "LNA"), ("Ankara", "place", "ankara"),
            ("United Nations", "actor", "UN"), ("Wagner Group", "actor", "wagner"),
            ("Moscow", "place", "moscow"),
        ],
    },
    {
        "id": "a04-mandate",
        "title": "Turkish parliament clears the way for troops in Libya",
        "source": "Levant & Maghreb Wire",
        "published": "2020-01-03",
        "language": "en",
        "paragraphs": [
            "Turkey's parliament voted on 2 January 2020 to allow the government to send troops to "
            "Libya, answering the request for help from the Government of National Accord in "
            "Tripoli. The motion passed by 325 votes to 184 and gives the government a one-year "
            "mandate, leaving the size and timing of any deployment to President Erdoğan.",
            "Egypt condemned the vote the same evening. Its foreign ministry said that Turkish "
            "interference in Libya would threaten stability across the Mediterranean and warned "
            "against any military intervention.",
            "Officials in Ankara replied that their troops would go at the invitation of a "
            "legitimate government recognised by the UN, and that their task would be to stop the "
            "LNA from overrunning the capital. Khalifa Haftar's camp called on Libyans to resist "
            "what it described as an invasion and ordered a general mobilisation.",
            "Egypt and the United Arab Emirates have acted as partners in backing the LNA, and "
            "diplomats in Cairo said the two capitals were coordinating their response.",
        ],
        "mentions": [
            ("Turkey", "actor", "TUR"), ("Libya", "place", "libya"),
            ("Government of National Accord", "actor", "GNA"), ("Tripoli", "place", "tripoli"),
            ("Erdoğan", "actor", "erdogan"), ("Egypt", "actor", "EGY"),
            ("Ankara", "place", "ankara"), ("UN", "actor", "UN"), ("LNA", "actor", "LNA"),
            ("Khalifa Haftar", "actor", "haftar"), ("United Arab Emirates", "actor", "ARE"),
            ("Cairo", "place", "cairo"),
        ],
    },
    {
        "id": "a05-berlin",
        "title": "Berlin summit pledges to respect arms embargo as oil exports halt",
        "source": "Continental Review",
        "published": "2020-01-20",
        "language": "en",
        "paragraphs": [
            "Leaders and ministers from a dozen countries met in Berlin on 19 January 2020 at a "
            "conference hosted by Germany and the United Nations. Turkey, Russia, Egypt, the "
            "United Arab Emirates, France and the United States all endorsed the final "
            "conclusions, committing "
            "themselves to respect the UN arms embargo and to stay out of Libya's conflict.",
            "Neither Libyan leader sat at the main table. Fayez al-Sarraj and Khalifa Haftar were "
            "both in the city but met the hosts separately and never each other.",
            "The summit followed a failed attempt in Moscow, where talks brokered by Russia and "
            "Turkey ran from 13 to 14 January; Sarraj signed a truce text, but Haftar left "
            "without signing it.",
            "On the eve of the summit, forces loyal to Haftar shut down oil fields and export "
            "terminals, and the National Oil Corporation declared force majeure on loadings. The "
            "blockade took most of Libya's crude off the market.",
            "Meanwhile President Erdoğan confirmed that Turkish military personnel had begun "
            "deploying to Libya this month, saying their role was to coordinate and train.",
        ],
        "mentions": [
            ("Berlin", "place", "berlin"), ("Germany", "actor", "DEU"),
            ("United Nations", "actor", "UN"), ("Turkey", "actor", "TUR"),
            ("Russia", "actor", "RUS"), ("Egypt", "actor", "EGY"),
            ("United Arab Emirates", "actor", "ARE"), ("France", "actor", "FRA"),
            ("United States", "actor", "USA"), ("UN", "actor", "UN"),
            ("Libya", "place", "libya"),
            ("Fayez al-Sarraj", "actor", "sarraj"), ("Sarraj", "actor", "sarraj"),
            ("Khalifa Haftar", "actor", "haftar"), ("Haftar", "actor", "haftar"),
            ("Moscow", "place", "moscow"), ("National Oil Corporation", "actor", "NOC"),
            ("Erdoğan", "actor", "erdogan"),
        ],
    },
    {
        "id": "a06-watiya",
        "title": "GNA captures al-Watiya air base after weeks of drone strikes",
        "source": "Mediterranean Monitor",
        "published": "2020-05-19",
        "language": "en",
        "paragraphs": [
            "Forces of the Government of National Accord took al-Watiya air base, south-west of "
            "Tripoli, on 18 May 2020. The base had been held by forces allied to Haftar since "
            "2014, and its loss leaves the LNA around the capital without an airfield close to "
            "the front.",
            "GNA commanders credited weeks of strikes by Turkish-made drones that had destroyed "
            "Russian-built air defence systems on the approaches to the base. Turkey has openly "
            "backed the offensive, and Turkish officials congratulated the GNA within hours.",
            "Both camps are accused of breaking the arms embargo. The European Union began "
            "Operation Irini on 31 March 2020 to enforce the embargo at sea, but the GNA and "
            "Ankara complain that a naval mission mostly inspects cargoes bound for Tripoli while "
            "supplies reach the LNA by air and over land from the east.",
            "The UN mission in Libya renewed its call for a humanitarian truce, so far without "
            "result.",
        ],
        "mentions": [
            ("Government of National Accord", "actor", "GNA"), ("GNA", "actor", "GNA"),
            ("al-Watiya air base", "place", "watiya"), ("Tripoli", "place", "tripoli"),
            ("Haftar", "actor", "haftar"), ("LNA", "actor", "LNA"), ("Turkey", "actor", "TUR"),
            ("European Union", "actor", "EU"), ("Ankara", "place", "ankara"),
            ("UN", "actor", "UN"), ("Libya", "place", "libya"),
        ],
    },
    {
        "id": "a07-tarhuna",
        "title": "Tarhuna falls to the GNA as investigators find mass graves",
        "source": "North Africa Observer",
        "published": "2020-06-12",
        "language": "en",
        "paragraphs": [
            "Government of National Accord forces entered Tarhuna, the LNA's last stronghold in "
            "western Libya, on 5 June 2020. The town was controlled by the Kaniyat, a local "
            "militia that joined Haftar's campaign against Tripoli in 2019. Within days the LNA "
            "had pulled back from the whole of western Libya, regrouping around Sirte and the "
            "Jufra air base.",
            "The retreat began before the town fell. In late May, contractors of the Wagner "
            "Group, a private military company widely seen as an instrument of the Kremlin, "
            "withdrew from the front lines south of Tripoli and were flown out towards Jufra. US "
            "Africa Command, the American military's headquarters for the continent, said on 26 "
            "May that Russia had sent fighter jets to Libya to support the contractors, a claim "
            "Moscow rejected.",
            "After the LNA left, residents and GNA officials reported mass graves in and around "
            "Tarhuna. The United Nations called for a prompt and transparent investigation. The "
            "GNA blames the Kaniyat for the killings.",
            "On 4 June, the day before Tarhuna fell, Fayez al-Sarraj flew to Ankara and met "
            "President Erdoğan, who promised that Turkey's support would continue.",
        ],
        "mentions": [
            ("Government of National Accord", "actor", "GNA"), ("GNA", "actor", "GNA"),
            ("Tarhuna", "place", "tarhuna"), ("LNA", "actor", "LNA"),
            ("western Libya", "place", "tripolitania"), ("Kaniyat", "actor", "kaniyat"),
            ("Haftar", "actor", "haftar"), ("Tripoli", "place", "tripoli"),
            ("Sirte", "place", "sirte"), ("Jufra air base", "place", "jufra"),
            ("Jufra", "place", "jufra"), ("Wagner Group", "actor", "wagner"),
            ("US Africa Command", "actor", "AFRICOM"), ("Russia", "actor", "RUS"),
            ("Libya", "place", "libya"), ("Moscow", "place", "moscow"),
            ("United Nations", "actor", "UN"), ("Fayez al-Sarraj", "actor", "sarraj"),
            ("Ankara", "place", "ankara"), ("Erdoğan", "actor", "erdogan"),
            ("Turkey", "actor", "TUR"),
        ],
    },
    {
        "id": "a08-redline",
        "title": "Egyptian MPs approve sending troops beyond the border",
        "source": "Nile Valley Times",
        "published": "2020-07-21",
        "language": "en",
        "paragraphs": [
            "Egypt's parliament on 20 July 2020 approved the deployment of Egyptian armed forces "
            "on combat missions outside the country's borders, a vote widely read as a warning "
            "to Turkey and the GNA over Libya.",
            "The vote capped six weeks of Egyptian diplomacy in favour of the eastern camp. On 6 "
            "June, President Abdel Fattah al-Sisi stood beside Khalifa Haftar and Aguila Saleh, "
            "the speaker of Libya's eastern-based parliament, to announce the Cairo Declaration, "
            "which proposed a ceasefire from 8 June and a new political process. Tripoli and "
            "Ankara dismissed the plan.",
            "On 20 June, during a visit to an air base near the Libyan border, Sisi said that any "
            "advance on Sirte or the Jufra air base would cross a red line for Egypt. On 13 July "
            "the House of Representatives in Tobruk invited the Egyptian army to intervene if "
            "Egypt's security came under threat.",
            "The United Arab Emirates, which has stood with Cairo throughout the conflict, "
            "welcomed the Cairo Declaration.",
        ],
        "mentions": [
            ("Egypt", "actor", "EGY"), ("Turkey", "actor", "TUR"), ("GNA", "actor", "GNA"),
            ("Libya", "place", "libya"), ("Abdel Fattah al-Sisi", "actor", "sisi"),
            ("Sisi", "actor", "sisi"), ("Khalifa Haftar", "actor", "haftar"),
            ("Aguila Saleh", "actor", "saleh"), ("Cairo", "place", "cairo"),
            ("Tripoli", "place", "tripoli"), ("Ankara", "place", "ankara"),
            ("Sirte", "place", "sirte"), ("Jufra air base", "place", "jufra"),
            ("House of Representatives", "actor", "HoR"), ("Tobruk", "place", "tobruk"),
            ("United Arab Emirates", "actor", "ARE"),
        ],
    },
    {
        "id": "a09-tripartite",
        "title": "Turkey and Qatar agree to help rebuild the GNA's army",
        "source": "Bosphorus Bulletin",
        "published": "2020-08-18",
        "language": "en",
        "paragraphs": [
            "The defence ministers of Turkey and Qatar, Hulusi Akar and Khalid al-Attiyah, held "
            "talks in Tripoli on 17 August 2020 with Fayez al-Sarraj, head of the Government of "
            "National Accord. The three sides agreed that Ankara and Doha would help to rebuild "
            "the GNA's army, setting up training and advisory centres in Libya and sending "
            "instructors.",
            "Akar said that Turkey was in Libya at the invitation of the GNA and would keep "
            "supporting it. He added that everyone should remember the graves found in Tarhuna "
            "and ask who stands behind Haftar.",
            "Qatar has backed the Tripoli authorities politically since the start of the war and, "
            "like Turkey, regards the GNA as the country's only legitimate government. Doha and "
            "Ankara have worked side by side on several regional files and describe their "
            "relationship as a strategic alliance.",
            "The visit came days before a truce was announced, and it was watched closely in "
            "Cairo and Abu Dhabi, which back the rival camp.",
        ],
        "mentions": [
            ("Turkey", "actor", "TUR"), ("Qatar", "actor", "QAT"),
            ("Hulusi Akar", "actor", "akar"), ("Akar", "actor", "akar"),
            ("Khalid al-Attiyah", "actor", "attiyah"), ("Tripoli", "place", "tripoli"),
            ("Fayez al-Sarraj", "actor", "sarraj"),
            ("Government of National Accord", "actor", "GNA"), ("GNA", "actor", "GNA"),
            ("Ankara", "place", "ankara"), ("Doha", "place", "doha"),
            ("Libya", "place", "libya"), ("Tarhuna", "place", "tarhuna"),
            ("Haftar", "actor", "haftar"), ("Cairo", "place", "cairo"),
            ("Abu Dhabi", "place", "abudhabi"),
        ],
    },
    {
        "id": "a10-cessez-le-feu",
        "title": "Libye : Tripoli et Tobrouk annoncent l'arrêt des combats",
        "source": "Le Courrier méditerranéen",
        "published": "2020-08-22",
        "language": "fr",
        "paragraphs": [
            "Le chef du Gouvernement d'union nationale, Fayez al-Sarraj, et le président du "
            "Parlement de Tobrouk, Aguila Saleh, ont annoncé le 21 août 2020, dans deux "
            "déclarations séparées, l'arrêt de tous les combats sur l'ensemble du territoire "
            "libyen. Sarraj propose de démilitariser Syrte et la région d'al-Joufra et "
            "d'organiser des élections en mars 2021.",
            "Cette double annonce intervient après plusieurs semaines de calme relatif autour de "
            "Syrte, où les forces des deux camps se font face depuis juin. Elle ouvre aussi la voie "
            "à une reprise de la production pétrolière, bloquée depuis le mois de janvier.",
            "Les Nations unies ont salué l'annonce et appelé les deux camps à tenir leurs "
            "engagements. L'Égypte, qui soutient le camp de l'Est, s'est félicitée de la "
            "nouvelle. Le maréchal Haftar, lui, ne s'est pas encore exprimé.",
        ],
        "mentions": [
            ("Gouvernement d'union nationale", "actor", "GNA"),
            ("Fayez al-Sarraj", "actor", "sarraj"), ("Sarraj", "actor", "sarraj"),
            ("Parlement de Tobrouk", "actor", "HoR"), ("Aguila Saleh", "actor", "saleh"),
            ("Syrte", "place", "sirte"), ("al-Joufra", "place", "jufra"),
            ("Nations unies", "actor", "UN"), ("Égypte", "actor", "EGY"),
            ("Haftar", "actor", "haftar"),
        ],
    },
    {
        "id": "a11-geneva",
        "title": "Libyan military delegations sign a permanent ceasefire in Geneva",
        "source": "Alpine Herald",
        "published": "2020-10-24",
        "language": "en",
        "paragraphs": [
            "Military delegations of Libya's two rival camps signed a permanent, nationwide "
            "ceasefire in Geneva on 23 October 2020. The agreement was negotiated in the 5+5 Joint "
            "Military Commission, which brings together five officers named by the GNA and five "
            "named by the LNA, under the auspices of the United Nations.",
            "Stephanie Williams, the acting UN special envoy, who led the talks on the "
            "organisation's behalf, called it a historic day. The text requires all foreign "
            "fighters and mercenaries to leave Libya within three months and freezes military "
            "training agreements with foreign states.",
            "The deal rounds off a season of de-escalation. On 16 September Sarraj announced "
            "that he intended to hand over power by the end of October, and two days later "
            "Haftar said that oil production and exports could resume, ending a blockade that "
            "had lasted eight months.",
            "Turkey's president said the agreement lacked credibility, and diplomats expect the "
            "departure of foreign forces to be the hardest point to settle.",
        ],
        "mentions": [
            ("Libya", "place", "libya"), ("Geneva", "place", "geneva"),
            ("5+5 Joint Military Commission", "actor", "JMC"), ("GNA", "actor", "GNA"),
            ("LNA", "actor", "LNA"), ("United Nations", "actor", "UN"),
            ("Stephanie Williams", "actor", "williams"), ("UN", "actor", "UN"),
            ("Sarraj", "actor", "sarraj"), ("Haftar", "actor", "haftar"),
            ("Turkey", "actor", "TUR"),
        ],
    },
    {
        "id": "a12-unity",
        "title": "Parliament backs Dbeibah's unity government",
        "source": "Mediterranean Monitor",
        "published": "2021-03-11",
        "language": "en",
        "paragraphs": [
            "Libya's House of Representatives, meeting in Sirte, approved the Government of "
            "National Unity (GNU) of Prime Minister Abdul Hamid Dbeibah on 10 March 2021. The "
            "vote, with 132 deputies in favour, gives the country a single executive for the "
            "first time since 2014.",
            "The government grew out of the Libyan Political Dialogue Forum, a 75-member body "
            "convened by the UN. The forum first met in Tunis from 9 to 15 November 2020, and on "
            "5 February 2021, voting near Geneva, it chose Dbeibah as prime minister and Mohamed "
            "al-Menfi to head a new presidential council.",
            "The new cabinet replaces both the GNA in Tripoli and the rival administration in the "
            "east and is to lead Libya to elections set for 24 December 2021. The United Nations "
            "welcomed the vote and said it would work with the new authorities. Turkey and Egypt, "
            "which backed opposing camps throughout the war, both congratulated Dbeibah.",
        ],
        "mentions": [
            ("Libya", "place", "libya"), ("House of Representatives", "actor", "HoR"),
            ("Sirte", "place", "sirte"), ("Government of National Unity", "actor", "GNU"),
            ("GNU", "actor", "GNU"), ("Abdul Hamid Dbeibah", "actor", "dbeibah"),
            ("Dbeibah", "actor", "dbeibah"),
            ("Libyan Political Dialogue Forum", "actor", "LPDF"), ("UN", "actor", "UN"),
            ("Tunis", "place", "tunis"), ("Geneva", "place", "geneva"),
            ("GNA", "actor", "GNA"), ("Tripoli", "place", "tripoli"),
            ("United Nations", "actor", "UN"), ("Turkey", "actor", "TUR"),
            ("Egypt", "actor", "EGY"),
        ],
    },
]
