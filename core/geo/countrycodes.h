#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <optional>

namespace entente {

// One ISO 3166-1 country or territory: numeric code, alpha-2, alpha-3 and English short
// name (the ISO short name; commonName is the everyday form where it differs, e.g.
// "Syria" for "Syrian Arab Republic").
struct CountryCode
{
    int numeric = 0;
    QString alpha2;
    QString alpha3;
    QString name;
    QString commonName;

    // The name to show a user: commonName when there is one, else name.
    QString displayName() const { return commonName.isEmpty() ? name : commonName; }
};

// The ISO 3166-1 table (all 249 current codes), compiled in, for turning the numeric ids of
// basemap shapes into alpha-3 codes and finding a country by code or name. Lookups are
// case-insensitive; name lookups also ignore accents and accept a few common aliases
// ("Turkey", "Russia", "UAE", "Ivory Coast").
class CountryCodes
{
public:
    static const QVector<CountryCode> &all();

    static std::optional<CountryCode> fromNumeric(int numeric);
    // Accepts "434", "36" or "036"; anything else that is not 1-3 digits gives nullopt.
    static std::optional<CountryCode> fromNumeric(QStringView numeric);
    static std::optional<CountryCode> fromAlpha2(QStringView alpha2);
    static std::optional<CountryCode> fromAlpha3(QStringView alpha3);
    static std::optional<CountryCode> fromName(QStringView name);
    // Tries alpha-3, alpha-2, numeric, then name.
    static std::optional<CountryCode> find(QStringView codeOrName);

    // Shorthands; empty when the code is unknown.
    static QString alpha3FromNumeric(QStringView numeric);
    static QString numericFromAlpha3(QStringView alpha3); // zero-padded: "036"
    static QString nameFromAlpha3(QStringView alpha3);

    // Lower case, accents and punctuation removed, spaces collapsed: the key name lookups
    // compare.
    static QString nameKey(QStringView name);
};

} // namespace entente
