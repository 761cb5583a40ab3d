// Supplies std::ios_base_library_init(), which GCC 13's libstdc++ exports at GLIBCXX_3.4.32 and older
// libstdc++ (GCC 12, Debian 12) lacks. libLibTorchSharp.so asks for it only to make sure the standard
// streams are constructed; constructing an ios_base::Init does exactly that on any libstdc++.
#include <ios>

namespace std
{
    void ios_base_library_init()
    {
        static ios_base::Init init;
    }
}
