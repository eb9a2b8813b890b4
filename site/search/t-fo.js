briefingSearch.terms("fo",{"focus":[1,2],"following":[0,1,1,1],"force":[0,2],"forces":[0,1,1,1],"forum":[0,1],"foundation":[1,2]});
