#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

// Ids (UTF-8 bytes that outlive the table) to values, for checking the references of a
// big document: open addressing over one flat array of hashes, so a lookup costs about
// one cache miss before the key is compared, where a node-based map costs three (the
// 100k-event corpus looks ids up a million times). Values keep their address and are
// visited in the order they were added.
template <typename Value>
class FlatIdTable
{
public:
    void reserve(size_t count)
    {
        if (count * 2 > m_slots.size())
            rehash(capacityFor(count));
    }

    Value *find(std::string_view key)
    {
        if (m_slots.empty())
            return nullptr;
        const size_t hash = std::hash<std::string_view>{}(key);
        for (size_t at = hash & mask();; at = (at + 1) & mask()) {
            const Slot &slot = m_slots[at];
            if (slot.entry == 0)
                return nullptr;
            if (slot.hash == hash && m_entries[slot.entry - 1].first == key)
                return &m_entries[slot.entry - 1].second;
        }
    }

    // Stores `value` under `key` unless the key is there already. Returns the value under
    // the key and whether it was added.
    std::pair<Value *, bool> insert(std::string_view key, Value value)
    {
        if ((m_entries.size() + 1) * 2 > m_slots.size())
            rehash(capacityFor(m_entries.size() + 1));
        const size_t hash = std::hash<std::string_view>{}(key);
        size_t at = hash & mask();
        for (;; at = (at + 1) & mask()) {
            const Slot &slot = m_slots[at];
            if (slot.entry == 0)
                break;
            if (slot.hash == hash && m_entries[slot.entry - 1].first == key)
                return {&m_entries[slot.entry - 1].second, false};
        }
        m_entries.emplace_back(key, std::move(value));
        m_slots[at] = Slot{hash, m_entries.size()};
        return {&m_entries.back().second, true};
    }

    size_t size() const { return m_entries.size(); }
    auto begin() const { return m_entries.cbegin(); }
    auto end() const { return m_entries.cend(); }

private:
    struct Slot
    {
        size_t hash = 0;
        size_t entry = 0; // index into m_entries + 1; 0: free
    };

    size_t mask() const { return m_slots.size() - 1; }
    static size_t capacityFor(size_t count)
    {
        size_t capacity = 16;
        while (capacity < count * 2) // at most half full: probes stay short
            capacity *= 2;
        return capacity;
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> slots(capacity);
        for (const Slot &slot : m_slots) {
            if (slot.entry == 0)
                continue;
            size_t at = slot.hash & (capacity - 1);
            while (slots[at].entry != 0)
                at = (at + 1) & (capacity - 1);
            slots[at] = slot;
        }
        m_slots = std::move(slots);
    }

    std::deque<std::pair<std::string_view, Value>> m_entries;
    std::vector<Slot> m_slots;
};

} // namespace entente
