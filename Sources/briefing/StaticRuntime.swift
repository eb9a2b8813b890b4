// Release builds link Foundation statically (Package.swift). FoundationNetworking comes in
// through FlyingFox (BriefingServer); imported here, by the module compiled for static linking,
// it names its own dependencies (Foundation's URL session layer and libcurl) for the link.
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
