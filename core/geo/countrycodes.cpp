#include "countrycodes.h"

#include <QHash>

namespace entente {

namespace {

struct Row
{
    int numeric;
    const char *alpha2;
    const char *alpha3;
    const char *name;       // UTF-8
    const char *commonName; // UTF-8, "" when the same as name
};

// ISO 3166-1 (officially assigned codes, as current in 2023): numeric, alpha-2, alpha-3 and
// English short name. These are public facts published by the ISO 3166 Maintenance Agency;
// the rows were generated from the table in Debian's iso-codes package 4.15.0
// (/usr/share/iso-codes/json/iso_3166-1.json), which tracks the ISO list.
const Row kRows[] = {
    {4, "AF", "AFG", "Afghanistan", ""},
    {8, "AL", "ALB", "Albania", ""},
    {10, "AQ", "ATA", "Antarctica", ""},
    {12, "DZ", "DZA", "Algeria", ""},
    {16, "AS", "ASM", "American Samoa", ""},
    {20, "AD", "AND", "Andorra", ""},
    {24, "AO", "AGO", "Angola", ""},
    {28, "AG", "ATG", "Antigua and Barbuda", ""},
    {31, "AZ", "AZE", "Azerbaijan", ""},
    {32, "AR", "ARG", "Argentina", ""},
    {36, "AU", "AUS", "Australia", ""},
    {40, "AT", "AUT", "Austria", ""},
    {44, "BS", "BHS", "Bahamas", ""},
    {48, "BH", "BHR", "Bahrain", ""},
    {50, "BD", "BGD", "Bangladesh", ""},
    {51, "AM", "ARM", "Armenia", ""},
    {52, "BB", "BRB", "Barbados", ""},
    {56, "BE", "BEL", "Belgium", ""},
    {60, "BM", "BMU", "Bermuda", ""},
    {64, "BT", "BTN", "Bhutan", ""},
    {68, "BO", "BOL", "Bolivia, Plurinational State of", "Bolivia"},
    {70, "BA", "BIH", "Bosnia and Herzegovina", ""},
    {72, "BW", "BWA", "Botswana", ""},
    {74, "BV", "BVT", "Bouvet Island", ""},
    {76, "BR", "BRA", "Brazil", ""},
    {84, "BZ", "BLZ", "Belize", ""},
    {86, "IO", "IOT", "British Indian Ocean Territory", ""},
    {90, "SB", "SLB", "Solomon Islands", ""},
    {92, "VG", "VGB", "Virgin Islands, British", ""},
    {96, "BN", "BRN", "Brunei Darussalam", ""},
    {100, "BG", "BGR", "Bulgaria", ""},
    {104, "MM", "MMR", "Myanmar", ""},
    {108, "BI", "BDI", "Burundi", ""},
    {112, "BY", "BLR", "Belarus", ""},
    {116, "KH", "KHM", "Cambodia", ""},
    {120, "CM", "CMR", "Cameroon", ""},
    {124, "CA", "CAN", "Canada", ""},
    {132, "CV", "CPV", "Cabo Verde", ""},
    {136, "KY", "CYM", "Cayman Islands", ""},
    {140, "CF", "CAF", "Central African Republic", ""},
    {144, "LK", "LKA", "Sri Lanka", ""},
    {148, "TD", "TCD", "Chad", ""},
    {152, "CL", "CHL", "Chile", ""},
    {156, "CN", "CHN", "China", ""},
    {158, "TW", "TWN", "Taiwan, Province of China", "Taiwan"},
    {162, "CX", "CXR", "Christmas Island", ""},
    {166, "CC", "CCK", "Cocos (Keeling) Islands", ""},
    {170, "CO", "COL", "Colombia", ""},
    {174, "KM", "COM", "Comoros", ""},
    {175, "YT", "MYT", "Mayotte", ""},
    {178, "CG", "COG", "Congo", ""},
    {180, "CD", "COD", "Congo, The Democratic Republic of the", ""},
    {184, "CK", "COK", "Cook Islands", ""},
    {188, "CR", "CRI", "Costa Rica", ""},
    {191, "HR", "HRV", "Croatia", ""},
    {192, "CU", "CUB", "Cuba", ""},
    {196, "CY", "CYP", "Cyprus", ""},
    {203, "CZ", "CZE", "Czechia", ""},
    {204, "BJ", "BEN", "Benin", ""},
    {208, "DK", "DNK", "Denmark", ""},
    {212, "DM", "DMA", "Dominica", ""},
    {214, "DO", "DOM", "Dominican Republic", ""},
    {218, "EC", "ECU", "Ecuador", ""},
    {222, "SV", "SLV", "El Salvador", ""},
    {226, "GQ", "GNQ", "Equatorial Guinea", ""},
    {231, "ET", "ETH", "Ethiopia", ""},
    {232, "ER", "ERI", "Eritrea", ""},
    {233, "EE", "EST", "Estonia", ""},
    {234, "FO", "FRO", "Faroe Islands", ""},
    {238, "FK", "FLK", "Falkland Islands (Malvinas)", ""},
    {239, "GS", "SGS", "South Georgia and the South Sandwich Islands", ""},
    {242, "FJ", "FJI", "Fiji", ""},
    {246, "FI", "FIN", "Finland", ""},
    {248, "AX", "ALA", "Åland Islands", ""},
    {250, "FR", "FRA", "France", ""},
    {254, "GF", "GUF", "French Guiana", ""},
    {258, "PF", "PYF", "French Polynesia", ""},
    {260, "TF", "ATF", "French Southern Territories", ""},
    {262, "DJ", "DJI", "Djibouti", ""},
    {266, "GA", "GAB", "Gabon", ""},
    {268, "GE", "GEO", "Georgia", ""},
    {270, "GM", "GMB", "Gambia", ""},
    {275, "PS", "PSE", "Palestine, State of", ""},
    {276, "DE", "DEU", "Germany", ""},
    {288, "GH", "GHA", "Ghana", ""},
    {292, "GI", "GIB", "Gibraltar", ""},
    {296, "KI", "KIR", "Kiribati", ""},
    {300, "GR", "GRC", "Greece", ""},
    {304, "GL", "GRL", "Greenland", ""},
    {308, "GD", "GRD", "Grenada", ""},
    {312, "GP", "GLP", "Guadeloupe", ""},
    {316, "GU", "GUM", "Guam", ""},
    {320, "GT", "GTM", "Guatemala", ""},
    {324, "GN", "GIN", "Guinea", ""},
    {328, "GY", "GUY", "Guyana", ""},
    {332, "HT", "HTI", "Haiti", ""},
    {334, "HM", "HMD", "Heard Island and McDonald Islands", ""},
    {336, "VA", "VAT", "Holy See (Vatican City State)", ""},
    {340, "HN", "HND", "Honduras", ""},
    {344, "HK", "HKG", "Hong Kong", ""},
    {348, "HU", "HUN", "Hungary", ""},
    {352, "IS", "ISL", "Iceland", ""},
    {356, "IN", "IND", "India", ""},
    {360, "ID", "IDN", "Indonesia", ""},
    {364, "IR", "IRN", "Iran, Islamic Republic of", "Iran"},
    {368, "IQ", "IRQ", "Iraq", ""},
    {372, "IE", "IRL", "Ireland", ""},
    {376, "IL", "ISR", "Israel", ""},
    {380, "IT", "ITA", "Italy", ""},
    {384, "CI", "CIV", "Côte d'Ivoire", ""},
    {388, "JM", "JAM", "Jamaica", ""},
    {392, "JP", "JPN", "Japan", ""},
    {398, "KZ", "KAZ", "Kazakhstan", ""},
    {400, "JO", "JOR", "Jordan", ""},
    {404, "KE", "KEN", "Kenya", ""},
    {408, "KP", "PRK", "Korea, Democratic People's Republic of", "North Korea"},
    {410, "KR", "KOR", "Korea, Republic of", "South Korea"},
    {414, "KW", "KWT", "Kuwait", ""},
    {417, "KG", "KGZ", "Kyrgyzstan", ""},
    {418, "LA", "LAO", "Lao People's Democratic Republic", "Laos"},
    {422, "LB", "LBN", "Lebanon", ""},
    {426, "LS", "LSO", "Lesotho", ""},
    {428, "LV", "LVA", "Latvia", ""},
    {430, "LR", "LBR", "Liberia", ""},
    {434, "LY", "LBY", "Libya", ""},
    {438, "LI", "LIE", "Liechtenstein", ""},
    {440, "LT", "LTU", "Lithuania", ""},
    {442, "LU", "LUX", "Luxembourg", ""},
    {446, "MO", "MAC", "Macao", ""},
    {450, "MG", "MDG", "Madagascar", ""},
    {454, "MW", "MWI", "Malawi", ""},
    {458, "MY", "MYS", "Malaysia", ""},
    {462, "MV", "MDV", "Maldives", ""},
    {466, "ML", "MLI", "Mali", ""},
    {470, "MT", "MLT", "Malta", ""},
    {474, "MQ", "MTQ", "Martinique", ""},
    {478, "MR", "MRT", "Mauritania", ""},
    {480, "MU", "MUS", "Mauritius", ""},
    {484, "MX", "MEX", "Mexico", ""},
    {492, "MC", "MCO", "Monaco", ""},
    {496, "MN", "MNG", "Mongolia", ""},
    {498, "MD", "MDA", "Moldova, Republic of", "Moldova"},
    {499, "ME", "MNE", "Montenegro", ""},
    {500, "MS", "MSR", "Montserrat", ""},
    {504, "MA", "MAR", "Morocco", ""},
    {508, "MZ", "MOZ", "Mozambique", ""},
    {512, "OM", "OMN", "Oman", ""},
    {516, "NA", "NAM", "Namibia", ""},
    {520, "NR", "NRU", "Nauru", ""},
    {524, "NP", "NPL", "Nepal", ""},
    {528, "NL", "NLD", "Netherlands", ""},
    {531, "CW", "CUW", "Curaçao", ""},
    {533, "AW", "ABW", "Aruba", ""},
    {534, "SX", "SXM", "Sint Maarten (Dutch part)", ""},
    {535, "BQ", "BES", "Bonaire, Sint Eustatius and Saba", ""},
    {540, "NC", "NCL", "New Caledonia", ""},
    {548, "VU", "VUT", "Vanuatu", ""},
    {554, "NZ", "NZL", "New Zealand", ""},
    {558, "NI", "NIC", "Nicaragua", ""},
    {562, "NE", "NER", "Niger", ""},
    {566, "NG", "NGA", "Nigeria", ""},
    {570, "NU", "NIU", "Niue", ""},
    {574, "NF", "NFK", "Norfolk Island", ""},
    {578, "NO", "NOR", "Norway", ""},
    {580, "MP", "MNP", "Northern Mariana Islands", ""},
    {581, "UM", "UMI", "United States Minor Outlying Islands", ""},
    {583, "FM", "FSM", "Micronesia, Federated States of", ""},
    {584, "MH", "MHL", "Marshall Islands", ""},
    {585, "PW", "PLW", "Palau", ""},
    {586, "PK", "PAK", "Pakistan", ""},
    {591, "PA", "PAN", "Panama", ""},
    {598, "PG", "PNG", "Papua New Guinea", ""},
    {600, "PY", "PRY", "Paraguay", ""},
    {604, "PE", "PER", "Peru", ""},
    {608, "PH", "PHL", "Philippines", ""},
    {612, "PN", "PCN", "Pitcairn", ""},
    {616, "PL", "POL", "Poland", ""},
    {620, "PT", "PRT", "Portugal", ""},
    {624, "GW", "GNB", "Guinea-Bissau", ""},
    {626, "TL", "TLS", "Timor-Leste", ""},
    {630, "PR", "PRI", "Puerto Rico", ""},
    {634, "QA", "QAT", "Qatar", ""},
    {638, "RE", "REU", "Réunion", ""},
    {642, "RO", "ROU", "Romania", ""},
    {643, "RU", "RUS", "Russian Federation", ""},
    {646, "RW", "RWA", "Rwanda", ""},
    {652, "BL", "BLM", "Saint Barthélemy", ""},
    {654, "SH", "SHN", "Saint Helena, Ascension and Tristan da Cunha", ""},
    {659, "KN", "KNA", "Saint Kitts and Nevis", ""},
    {660, "AI", "AIA", "Anguilla", ""},
    {662, "LC", "LCA", "Saint Lucia", ""},
    {663, "MF", "MAF", "Saint Martin (French part)", ""},
    {666, "PM", "SPM", "Saint Pierre and Miquelon", ""},
    {670, "VC", "VCT", "Saint Vincent and the Grenadines", ""},
    {674, "SM", "SMR", "San Marino", ""},
    {678, "ST", "STP", "Sao Tome and Principe", ""},
    {682, "SA", "SAU", "Saudi Arabia", ""},
    {686, "SN", "SEN", "Senegal", ""},
    {688, "RS", "SRB", "Serbia", ""},
    {690, "SC", "SYC", "Seychelles", ""},
    {694, "SL", "SLE", "Sierra Leone", ""},
    {702, "SG", "SGP", "Singapore", ""},
    {703, "SK", "SVK", "Slovakia", ""},
    {704, "VN", "VNM", "Viet Nam", "Vietnam"},
    {705, "SI", "SVN", "Slovenia", ""},
    {706, "SO", "SOM", "Somalia", ""},
    {710, "ZA", "ZAF", "South Africa", ""},
    {716, "ZW", "ZWE", "Zimbabwe", ""},
    {724, "ES", "ESP", "Spain", ""},
    {728, "SS", "SSD", "South Sudan", ""},
    {729, "SD", "SDN", "Sudan", ""},
    {732, "EH", "ESH", "Western Sahara", ""},
    {740, "SR", "SUR", "Suriname", ""},
    {744, "SJ", "SJM", "Svalbard and Jan Mayen", ""},
    {748, "SZ", "SWZ", "Eswatini", ""},
    {752, "SE", "SWE", "Sweden", ""},
    {756, "CH", "CHE", "Switzerland", ""},
    {760, "SY", "SYR", "Syrian Arab Republic", "Syria"},
    {762, "TJ", "TJK", "Tajikistan", ""},
    {764, "TH", "THA", "Thailand", ""},
    {768, "TG", "TGO", "Togo", ""},
    {772, "TK", "TKL", "Tokelau", ""},
    {776, "TO", "TON", "Tonga", ""},
    {780, "TT", "TTO", "Trinidad and Tobago", ""},
    {784, "AE", "ARE", "United Arab Emirates", ""},
    {788, "TN", "TUN", "Tunisia", ""},
    {792, "TR", "TUR", "Türkiye", ""},
    {795, "TM", "TKM", "Turkmenistan", ""},
    {796, "TC", "TCA", "Turks and Caicos Islands", ""},
    {798, "TV", "TUV", "Tuvalu", ""},
    {800, "UG", "UGA", "Uganda", ""},
    {804, "UA", "UKR", "Ukraine", ""},
    {807, "MK", "MKD", "North Macedonia", ""},
    {818, "EG", "EGY", "Egypt", ""},
    {826, "GB", "GBR", "United Kingdom", ""},
    {831, "GG", "GGY", "Guernsey", ""},
    {832, "JE", "JEY", "Jersey", ""},
    {833, "IM", "IMN", "Isle of Man", ""},
    {834, "TZ", "TZA", "Tanzania, United Republic of", "Tanzania"},
    {840, "US", "USA", "United States", ""},
    {850, "VI", "VIR", "Virgin Islands, U.S.", ""},
    {854, "BF", "BFA", "Burkina Faso", ""},
    {858, "UY", "URY", "Uruguay", ""},
    {860, "UZ", "UZB", "Uzbekistan", ""},
    {862, "VE", "VEN", "Venezuela, Bolivarian Republic of", "Venezuela"},
    {876, "WF", "WLF", "Wallis and Futuna", ""},
    {882, "WS", "WSM", "Samoa", ""},
    {887, "YE", "YEM", "Yemen", ""},
    {894, "ZM", "ZMB", "Zambia", ""},
};

// Everyday names that differ from the ISO short name or its common form.
struct Alias
{
    const char *name;
    const char *alpha3;
};

const Alias kAliases[] = {
    {"Turkey", "TUR"},
    {"Russia", "RUS"},
    {"UAE", "ARE"},
    {"Emirates", "ARE"},
    {"UK", "GBR"},
    {"Great Britain", "GBR"},
    {"Britain", "GBR"},
    {"USA", "USA"},
    {"US", "USA"},
    {"United States of America", "USA"},
    {"Ivory Coast", "CIV"},
    {"Czech Republic", "CZE"},
    {"DR Congo", "COD"},
    {"DRC", "COD"},
    {"Democratic Republic of the Congo", "COD"},
    {"Congo-Kinshasa", "COD"},
    {"Republic of the Congo", "COG"},
    {"Congo-Brazzaville", "COG"},
    {"Swaziland", "SWZ"},
    {"Burma", "MMR"},
    {"East Timor", "TLS"},
    {"Vatican", "VAT"},
    {"Vatican City", "VAT"},
    {"Holy See", "VAT"},
    {"Brunei", "BRN"},
    {"Cape Verde", "CPV"},
    {"Palestine", "PSE"},
    {"Micronesia", "FSM"},
    {"Macedonia", "MKD"},
    {"Bosnia", "BIH"},
    {"Kyrgyz Republic", "KGZ"},
    {"Falkland Islands", "FLK"},
    {"Cocos Islands", "CCK"},
    {"Saint Helena", "SHN"},
};

struct Index
{
    QVector<CountryCode> codes;
    QHash<int, qsizetype> byNumeric;
    QHash<QString, qsizetype> byAlpha2;
    QHash<QString, qsizetype> byAlpha3;
    QHash<QString, qsizetype> byName;

    Index()
    {
        codes.reserve(std::size(kRows));
        for (const Row &row : kRows) {
            const qsizetype i = codes.size();
            codes.append({row.numeric, QString::fromLatin1(row.alpha2),
                          QString::fromLatin1(row.alpha3), QString::fromUtf8(row.name),
                          QString::fromUtf8(row.commonName)});
            const CountryCode &code = codes.last();
            byNumeric.insert(code.numeric, i);
            byAlpha2.insert(code.alpha2, i);
            byAlpha3.insert(code.alpha3, i);
            byName.insert(CountryCodes::nameKey(code.name), i);
            if (!code.commonName.isEmpty())
                byName.insert(CountryCodes::nameKey(code.commonName), i);
        }
        for (const Alias &alias : kAliases) {
            const auto it = byAlpha3.constFind(QString::fromLatin1(alias.alpha3));
            if (it != byAlpha3.constEnd())
                byName.insert(CountryCodes::nameKey(QString::fromUtf8(alias.name)), it.value());
        }
    }

    std::optional<CountryCode> at(qsizetype i) const
    {
        if (i < 0)
            return std::nullopt;
        return codes.at(i);
    }
};

const Index &index()
{
    static const Index instance;
    return instance;
}

} // namespace

const QVector<CountryCode> &CountryCodes::all()
{
    return index().codes;
}

std::optional<CountryCode> CountryCodes::fromNumeric(int numeric)
{
    return index().at(index().byNumeric.value(numeric, -1));
}

std::optional<CountryCode> CountryCodes::fromNumeric(QStringView numeric)
{
    const QStringView text = numeric.trimmed();
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return fromNumeric(text.toInt());
}

std::optional<CountryCode> CountryCodes::fromAlpha2(QStringView alpha2)
{
    const QStringView text = alpha2.trimmed();
    if (text.size() != 2)
        return std::nullopt;
    return index().at(index().byAlpha2.value(text.toString().toUpper(), -1));
}

std::optional<CountryCode> CountryCodes::fromAlpha3(QStringView alpha3)
{
    const QStringView text = alpha3.trimmed();
    if (text.size() != 3)
        return std::nullopt;
    return index().at(index().byAlpha3.value(text.toString().toUpper(), -1));
}

std::optional<CountryCode> CountryCodes::fromName(QStringView name)
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return std::nullopt;
    return index().at(index().byName.value(key, -1));
}

std::optional<CountryCode> CountryCodes::find(QStringView codeOrName)
{
    const QStringView text = codeOrName.trimmed();
    // A three-letter word such as "USA" is both an alpha-3 code and an alias: codes first.
    if (auto code = fromAlpha3(text))
        return code;
    if (auto code = fromAlpha2(text))
        return code;
    if (auto code = fromNumeric(text))
        return code;
    return fromName(text);
}

QString CountryCodes::alpha3FromNumeric(QStringView numeric)
{
    const auto code = fromNumeric(numeric);
    return code ? code->alpha3 : QString();
}

QString CountryCodes::numericFromAlpha3(QStringView alpha3)
{
    const auto code = fromAlpha3(alpha3);
    return code ? QStringLiteral("%1").arg(code->numeric, 3, 10, QLatin1Char('0')) : QString();
}

QString CountryCodes::nameFromAlpha3(QStringView alpha3)
{
    const auto code = fromAlpha3(alpha3);
    return code ? code->displayName() : QString();
}

QString CountryCodes::nameKey(QStringView name)
{
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !key.isEmpty())
                key += u' ';
            pendingSpace = false;
            key += c.toLower();
        } else {
            pendingSpace = true; // punctuation and spaces separate words: "d'Ivoire" = "d ivoire"
        }
    }
    if (key.startsWith(QLatin1String("the ")))
        key.remove(0, 4);
    return key;
}

} // namespace entente
