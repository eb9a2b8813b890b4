briefingSearch.terms("tr",{"training":[1,1],"transferring":[1,2],"treaty":[0,1],"trillion":[1,1],"troops":[0,2,1,2],"trump":[1,1],"trust":[0,2]});
