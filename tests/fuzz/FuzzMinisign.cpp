// Fuzz target: minisign's file formats (app/signing/Minisign.h). The input is read as a signature
// file and as a public-key file. When it is a signature, the comment helpers run on its trusted
// comment and it is checked against a fixed key and message; a public key is checked against the
// signature when the input is both (verification failing is fine, crashing is not).
#include "app/signing/Minisign.h"
#include "tests/fuzz/FuzzLimits.h"

namespace {

// A real minisign key (made with `minisign -G -W`); corpus/minisign/valid.minisig is its signature
// of kMessage, so that seed runs the whole verification and the fuzzer starts from a good one.
const QByteArray kKey = QByteArrayLiteral("untrusted comment: minisign public key 28C85FB2E41536DF\n"
                                          "RWTfNhXksl/IKDV50GQgvFaWL4Ygn6UlmB6ikwF6eBUnyS0+focs0vYK\n");
const QByteArray kMessage = QByteArrayLiteral("fieldbook fuzz message\n");

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size > fieldbook::fuzz::kMaxInputBytes) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const fieldbook::Result<fieldbook::MinisignSignature> signature = fieldbook::MinisignSignature::parse(bytes);
    const fieldbook::Result<fieldbook::MinisignPublicKey> fixedKey = fieldbook::MinisignPublicKey::parse(kKey);
    if (signature.ok()) {
        const fieldbook::MinisignSignature& s = signature.value();
        volatile qsizetype sink = fieldbook::Minisign::signerOf(s.trustedComment).size() +
                                  qsizetype(fieldbook::Minisign::timestampOf(s.trustedComment).isValid()) +
                                  s.toFile().size();
        (void)sink;
        if (fixedKey.ok()) {
            (void)fieldbook::Minisign::verify(kMessage, s, fixedKey.value());
        }
    }

    const fieldbook::Result<fieldbook::MinisignPublicKey> key = fieldbook::MinisignPublicKey::parse(bytes);
    if (key.ok()) {
        volatile qsizetype sink =
            key.value().fingerprint().size() + key.value().keyIdHex().size() + key.value().toFile().size();
        (void)sink;
        if (signature.ok()) {
            (void)fieldbook::Minisign::verify(kMessage, signature.value(), key.value());
        }
    }
    return 0;
}
