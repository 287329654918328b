# The RRS reader and the job polling thread.
portico_add_test(tst_rrsscorer SOURCES sandbox/tst_rrsscorer.cpp LIBS portico_sandbox)
portico_add_test(tst_jobpollingthread SOURCES ui/tst_jobpollingthread.cpp
                 LIBS portico_ui portico_client portico_sandbox Qt6::Network)
