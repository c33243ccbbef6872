// The program that compiles the test programs' precompiled header (tests/CMakeLists.txt,
// "Precompiled headers"): never run, only its header is used, by every tst_* of its kind.
int main()
{
    return 0;
}
