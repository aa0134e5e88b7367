"""Qt-free core: storage, reference data, services, documents and exports."""
