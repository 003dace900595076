#include "io/flatidtable.h"

#include <QTest>

#include <deque>
#include <string>
#include <vector>

using namespace entente;

class TestFlatIdTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasAddedThroughGrowth();
    void keepsTheFirstValueOfARepeatedKey();
    void keepsValuesInPlaceAndInOrder();
    void emptyTableFindsNothing();
};

void TestFlatIdTable::findsWhatWasAddedThroughGrowth()
{
    // Keys with shared prefixes and lengths, as corpus ids are ("E1", "E10", "E100").
    std::vector<std::string> keys;
    for (int i = 0; i < 5000; ++i)
        keys.push_back("E" + std::to_string(i));
    FlatIdTable<int> table; // no reserve(): grows from its smallest size
    for (int i = 0; i < int(keys.size()); ++i)
        QVERIFY(table.insert(keys[size_t(i)], i).second);
    QCOMPARE(table.size(), keys.size());
    for (int i = 0; i < int(keys.size()); ++i) {
        const int *value = table.find(keys[size_t(i)]);
        QVERIFY(value);
        QCOMPARE(*value, i);
    }
    QVERIFY(!table.find("E5000"));
    QVERIFY(!table.find("e1"));
    QVERIFY(!table.find(""));
}

void TestFlatIdTable::keepsTheFirstValueOfARepeatedKey()
{
    FlatIdTable<QString> table;
    table.reserve(4);
    const auto [first, added] = table.insert("GNA", QStringLiteral("first"));
    QVERIFY(added);
    const auto [again, addedAgain] = table.insert("GNA", QStringLiteral("second"));
    QVERIFY(!addedAgain);
    QCOMPARE(again, first);
    QCOMPARE(*table.find("GNA"), QStringLiteral("first"));
    QCOMPARE(table.size(), size_t(1));
}

void TestFlatIdTable::keepsValuesInPlaceAndInOrder()
{
    std::deque<std::string> keys; // the table only views its keys: they outlive it
    FlatIdTable<int> table;
    int *zero = table.insert("zero", 0).first;
    for (int i = 1; i < 1000; ++i) // many rehashes
        table.insert(keys.emplace_back(std::to_string(i)), i);
    QCOMPARE(table.find("zero"), zero);
    int expected = 0;
    for (const auto &[key, value] : table)
        QCOMPARE(value, expected++);
    QCOMPARE(expected, 1000);
}

void TestFlatIdTable::emptyTableFindsNothing()
{
    FlatIdTable<int> table;
    QVERIFY(!table.find("anything"));
    QCOMPARE(table.size(), size_t(0));
    QVERIFY(table.begin() == table.end());
}

QTEST_GUILESS_MAIN(TestFlatIdTable)
#include "tst_flatidtable.moc"
